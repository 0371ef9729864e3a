package org.nuanxin.family.family;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.District;
import org.nuanxin.family.audit.AccessAuditService;
import org.nuanxin.family.events.FamilyClosed;
import org.nuanxin.family.events.FamilyRegistered;
import org.nuanxin.family.events.FamilyUpdated;
import org.nuanxin.family.events.MembersChanged;
import org.nuanxin.family.needs.DisabilityLevel;
import org.nuanxin.family.needs.Severity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Registers and finds families; every registration commits together with its event or not at all. */
@ApplicationScoped
public class FamilyService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final FamilyMapper mapper;
    private final Caller caller;
    private final AccessAuditService audit;
    private final FamilyAccess access;

    FamilyService(Outbox outbox, PiiCipher cipher, FamilyMapper mapper, Caller caller, AccessAuditService audit,
                  FamilyAccess access) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.mapper = mapper;
        this.caller = caller;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public FamilyView register(RegisterFamilyRequest request) {
        District district = District.findById(request.districtCode());
        if (district == null) {
            throw ProblemException.invalidField("districtCode", "不是厦门市的区划代码");
        }
        if (!caller.mayAccessDistrict(district.code)) {
            throw ProblemException.forbidden("只能登记本区的家庭");
        }
        if (!district.hasStreet(request.street())) {
            throw ProblemException.invalidField("street", "不是" + district.name + "的街道/镇");
        }

        Family family = new Family();
        family.id = UUID.randomUUID();
        family.category = request.category();
        family.districtCode = district.code;
        family.street = request.street();
        family.community = request.community().trim();
        family.address = request.address().trim();
        family.status = FamilyStatus.ACTIVE;
        family.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        family.registeredBy = caller.username();
        family.members.addAll(membersOf(request.members(), family));
        family.persist();

        outbox.publish("family", family.id, FamilyRegistered.TYPE, new FamilyRegistered(family.id,
                family.category.name(), family.districtCode, family.street, family.community,
                family.members.size(), family.registeredAt));
        publishMembers(family, family.registeredAt);
        return mapper.toView(family);
    }

    /** The member list without personal information, for services that act per member (insurance enrolment). */
    private void publishMembers(Family family, OffsetDateTime at) {
        boolean active = family.status == FamilyStatus.ACTIVE;
        outbox.publish("family", family.id, MembersChanged.TYPE, new MembersChanged(family.id, family.category.name(),
                family.members.stream().map(m -> new MembersChanged.Member(m.id, m.relation.name(), active,
                        m.idNumberIndex)).toList(), at));
    }

    private List<FamilyMember> membersOf(List<RegisterFamilyRequest.Member> requested, Family family) {
        List<FamilyMember> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            RegisterFamilyRequest.Member m = requested.get(i);
            String field = "members[" + i + "].idNumber";
            String problem = ResidentIdNumber.problemWith(m.idNumber()).orElse(null);
            if (problem != null) {
                throw ProblemException.invalidField(field, problem);
            }
            ResidentIdNumber idNumber = new ResidentIdNumber(m.idNumber());
            String index = cipher.blindIndex(idNumber.value());
            if (!seen.add(index)) {
                throw ProblemException.invalidField(field, "同一身份证号在本户中重复");
            }
            if (FamilyMember.count("idNumberIndex", index) > 0) {
                throw ProblemException.conflictOnField(field, "此身份证号已登记在其他家庭中");
            }
            FamilyMember member = new FamilyMember();
            member.id = UUID.randomUUID();
            member.family = family;
            member.position = i;
            member.name = m.name().trim();
            member.relation = m.relation();
            member.idNumberEncrypted = cipher.encrypt(idNumber.value());
            member.idNumberIndex = index;
            member.idSuffix = idNumber.suffix();
            member.phoneEncrypted = cipher.encrypt(m.phone());
            member.phoneIndex = cipher.blindIndex(m.phone());
            member.birthDate = idNumber.birthDate();
            member.sex = idNumber.sex();
            member.livingAlone = m.livingAlone();
            List<String> conditions = m.healthConditions() == null ? List.of()
                    : m.healthConditions().stream().map(String::trim).distinct().toList();
            member.healthConditionsEncrypted = conditions.isEmpty() ? null : cipher.encrypt(mapper.toJson(conditions));
            member.chronicConditions = conditions.size();
            member.disabilityLevel = m.disabilityLevel() == null ? DisabilityLevel.NONE : m.disabilityLevel();
            members.add(member);
        }
        return members;
    }

    @Transactional
    public FamilyView update(UUID id, UpdateFamilyRequest request) {
        Family family = access.activeInScope(id);
        District district = District.findById(family.districtCode);
        if (!district.hasStreet(request.street())) {
            throw ProblemException.invalidField("street", "不是" + district.name + "的街道/镇");
        }
        FamilyCategory previous = family.category;
        family.category = request.category();
        family.street = request.street();
        family.community = request.community().trim();
        family.address = request.address().trim();
        outbox.publish("family", family.id, FamilyUpdated.TYPE, new FamilyUpdated(family.id, family.category.name(),
                previous.name(), family.districtCode, family.street, family.community));
        return mapper.toView(family);
    }

    @Transactional
    public FamilyView close(UUID id, CloseFamilyRequest request) {
        if (request.status() == FamilyStatus.ACTIVE) {
            throw ProblemException.invalidField("status", "结案类型须为 MOVED_AWAY、CLOSED 或 DECEASED_HOUSEHOLD");
        }
        Family family = access.activeInScope(id);
        family.status = request.status();
        family.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
        family.closedBy = caller.username();
        family.closureReason = request.reason().trim();
        outbox.publish("family", family.id, FamilyClosed.TYPE, new FamilyClosed(family.id, family.category.name(),
                family.districtCode, family.status.name(), family.closedAt));
        publishMembers(family, family.closedAt);
        return mapper.toView(family);
    }

    @Transactional
    public FamilyView get(UUID id) {
        return mapper.toView(access.inScope(id));
    }

    /** The record in clear, written to the access-audit log with its purpose in the same transaction. */
    @Transactional
    public FamilyRecord fullRecord(UUID id, String purpose) {
        Family family = access.inScope(id);
        audit.recordRead(family.id, family.districtCode, purpose);
        return mapper.toRecord(family);
    }

    /**
     * Searches the caller's area. {@code q} matches a member's name, the last four characters of an identity
     * number, a full identity number or a full phone number (the last two through their blind index).
     */
    @Transactional
    public PageResponse<FamilySummary> search(FamilySearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        caller.district().ifPresent(district -> {
            where.append(" AND f.districtCode = :scope");
            params.and("scope", district);
        });
        if (search.districtCode() != null) {
            where.append(" AND f.districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.street() != null) {
            where.append(" AND f.street = :street");
            params.and("street", search.street());
        }
        if (search.category() != null) {
            where.append(" AND f.category = :category");
            params.and("category", search.category());
        }
        if (search.risk() != null) {
            where.append(" AND f.riskLevel = :risk");
            params.and("risk", search.risk());
        }
        if (search.need() != null) {
            // the family's latest assessment rates this need MEDIUM or HIGH
            where.append(" AND EXISTS (SELECT 1 FROM NeedsAssessment a JOIN a.needs n WHERE a.id = f.latestAssessmentId"
                    + " AND KEY(n) = :need AND VALUE(n) IN (:pressing))");
            params.and("need", search.need()).and("pressing", List.of(Severity.MEDIUM, Severity.HIGH));
        }
        if (search.q() != null && !search.q().isBlank()) {
            String q = search.q().trim();
            where.append(" AND EXISTS (SELECT 1 FROM FamilyMember m WHERE m.family = f AND (m.name LIKE :name"
                    + " OR m.idSuffix = :suffix OR m.idNumberIndex = :digest OR m.phoneIndex = :digest))");
            params.and("name", "%" + q.replace("%", "").replace("_", "") + "%")
                    .and("suffix", q.toUpperCase())
                    .and("digest", cipher.blindIndex(q.toUpperCase()));
        }
        var query = Family.find("FROM Family f WHERE " + where, Sort.descending("registeredAt"), params)
                .page(Page.of(search.page(), search.size()));
        Map<String, String> districtNames = District.names();
        List<FamilySummary> items = query.<Family>list().stream()
                .map(family -> mapper.toSummary(family, districtNames)).toList();
        return new PageResponse<>(items, search.page(), search.size(), query.count());
    }
}
