package org.nuanxin.volunteer.volunteer;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.volunteer.area.District;
import org.nuanxin.volunteer.events.VolunteerRegistered;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers and finds members of the corps; every registration commits together with its event or not at all. */
@ApplicationScoped
public class VolunteerService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final VolunteerMapper mapper;
    private final Caller caller;

    VolunteerService(Outbox outbox, PiiCipher cipher, VolunteerMapper mapper, Caller caller) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Transactional
    public VolunteerView register(RegisterVolunteerRequest request) {
        District district = District.findById(request.districtCode());
        if (district == null) {
            throw ProblemException.invalidField("districtCode", "不是厦门市的区划代码");
        }
        if (!caller.mayAccessDistrict(district.code)) {
            throw ProblemException.forbidden("只能登记本区的志愿者");
        }
        String phoneIndex = cipher.blindIndex(request.phone());
        if (Volunteer.count("phoneIndex", phoneIndex) > 0) {
            throw ProblemException.conflictOnField("phone", "此手机号已登记在志愿者名册中");
        }

        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.name = request.name().trim();
        volunteer.phoneEncrypted = cipher.encrypt(request.phone());
        volunteer.phoneIndex = phoneIndex;
        volunteer.districtCode = district.code;
        volunteer.kind = request.kind();
        volunteer.skills.addAll(request.skills().stream().distinct().toList());
        volunteer.qualifications.addAll(trimmedDistinct(request.qualifications()));
        volunteer.dialects.addAll(trimmedDistinct(request.dialects()));
        volunteer.status = VolunteerStatus.APPLICANT;
        volunteer.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        volunteer.registeredBy = caller.username();
        volunteer.persist();

        outbox.publish("volunteer", volunteer.id, VolunteerRegistered.TYPE, new VolunteerRegistered(volunteer.id,
                volunteer.kind.name(), volunteer.districtCode, volunteer.skills.stream().map(Skill::name).toList(),
                List.copyOf(volunteer.qualifications), List.copyOf(volunteer.dialects), volunteer.status.name(),
                volunteer.registeredAt));
        return mapper.toView(volunteer, Map.of(district.code, district.name));
    }

    private static List<String> trimmedDistinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).distinct().toList();
    }

    @Transactional
    public VolunteerView get(UUID id) {
        Volunteer volunteer = Volunteer.findById(id);
        // a volunteer outside the caller's area is reported as absent, not as forbidden
        if (volunteer == null || !caller.mayAccessDistrict(volunteer.districtCode)) {
            throw ProblemException.notFound("志愿者", id);
        }
        return mapper.toView(volunteer, District.names());
    }

    /** Searches the caller's area. {@code q} matches part of a name or a full phone number (through its blind index). */
    @Transactional
    public PageResponse<VolunteerView> search(VolunteerSearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        caller.district().ifPresent(district -> {
            where.append(" AND v.districtCode = :scope");
            params.and("scope", district);
        });
        if (search.districtCode() != null) {
            where.append(" AND v.districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.skill() != null) {
            where.append(" AND :skill MEMBER OF v.skills");
            params.and("skill", search.skill());
        }
        if (search.q() != null && !search.q().isBlank()) {
            String q = search.q().trim();
            where.append(" AND (v.name LIKE :name OR v.phoneIndex = :digest)");
            params.and("name", "%" + q.replace("%", "").replace("_", "") + "%")
                    .and("digest", cipher.blindIndex(q));
        }
        var query = Volunteer.find("FROM Volunteer v WHERE " + where, Sort.descending("registeredAt"), params)
                .page(Page.of(search.page(), search.size()));
        Map<String, String> districtNames = District.names();
        List<VolunteerView> items = query.<Volunteer>list().stream()
                .map(volunteer -> mapper.toView(volunteer, districtNames)).toList();
        return new PageResponse<>(items, search.page(), search.size(), query.count());
    }
}
