package org.nuanxin.family.contact;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.District;
import org.nuanxin.family.events.ContactRecorded;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;
import org.nuanxin.family.family.FamilyMember;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records calls and visits, and finds the families the contact cadence says are overdue. */
@ApplicationScoped
public class ContactService {

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final FamilyAccess access;
    private final CadenceRules cadence;

    ContactService(Outbox outbox, PiiCipher cipher, Caller caller, FamilyAccess access, CadenceConfig config) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
        this.cadence = CadenceRules.of(config);
    }

    @Transactional
    public ContactView record(UUID familyId, RecordContactRequest request) {
        boolean hasFollowUp = request.followUp() != null && !request.followUp().isBlank();
        if (hasFollowUp && request.followUpDue() == null) {
            throw ProblemException.invalidField("followUpDue", "有跟进事项时须填写完成期限");
        }
        if (!hasFollowUp && request.followUpDue() != null) {
            throw ProblemException.invalidField("followUp", "有完成期限时须填写跟进事项");
        }
        Family family = access.activeInScope(familyId);
        if (request.contactedAt().isBefore(family.registeredAt.minusYears(1))) {
            throw ProblemException.invalidField("contactedAt", "联系时间早于建档一年以上");
        }

        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.familyId = family.id;
        contact.kind = request.kind();
        contact.contactedAt = request.contactedAt().withOffsetSameInstant(ZoneOffset.UTC);
        contact.contactedBy = request.contactedBy().trim();
        contact.recordedBy = caller.username();
        contact.location = request.location() == null ? null : request.location().trim();
        contact.durationMinutes = request.durationMinutes();
        contact.wellbeing = request.wellbeing();
        contact.notesEncrypted = blankToNull(request.notes()) == null ? null : cipher.encrypt(request.notes().trim());
        contact.followUpEncrypted = hasFollowUp ? cipher.encrypt(request.followUp().trim()) : null;
        contact.followUpDue = request.followUpDue();
        contact.persist();

        // a contact entered late does not move the family's latest contact backwards
        if (family.lastContactAt == null || contact.contactedAt.isAfter(family.lastContactAt)) {
            family.lastContactAt = contact.contactedAt;
        }
        if (contact.kind == ContactKind.HOME_VISIT
                && (family.lastVisitAt == null || contact.contactedAt.isAfter(family.lastVisitAt))) {
            family.lastVisitAt = contact.contactedAt;
        }
        outbox.publish("family", family.id, ContactRecorded.TYPE, new ContactRecorded(family.id, contact.id,
                family.districtCode, contact.kind.name(), contact.contactedAt, contact.durationMinutes,
                contact.wellbeing, contact.followUpDue));
        return toView(contact);
    }

    @Transactional
    public List<ContactView> history(UUID familyId) {
        Family family = access.inScope(familyId);
        return Contact.<Contact>list("familyId = ?1 ORDER BY contactedAt DESC", family.id).stream()
                .map(this::toView).toList();
    }

    /** Active families of the caller's area that the cadence says are overdue, longest without contact first. */
    @Transactional
    public PageResponse<OverdueFamily> overdue(String districtCode, int page, int size) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder where = new StringBuilder("status = 'ACTIVE' AND (lastContactAt IS NULL OR lastContactAt <= :contact"
                + " OR lastVisitAt IS NULL OR lastVisitAt <= :visit)");
        Parameters params = Parameters.with("contact", cadence.contactDeadline(now)).and("visit", cadence.visitDeadline(now));
        caller.district().ifPresent(scope -> {
            where.append(" AND districtCode = :scope");
            params.and("scope", scope);
        });
        if (districtCode != null) {
            where.append(" AND districtCode = :district");
            params.and("district", districtCode);
        }
        var query = Family.find(where + " ORDER BY lastContactAt ASC NULLS FIRST, registeredAt ASC", params)
                .page(Page.of(page, size));
        Map<String, String> names = District.names();
        List<OverdueFamily> items = query.<Family>list().stream().map(family -> {
            CadenceRules.Status status = cadence.status(family.lastContactAt, family.lastVisitAt, now);
            FamilyMember head = family.head();
            return new OverdueFamily(family.id, family.districtCode, names.get(family.districtCode), family.street,
                    family.community, head == null ? null : head.name, family.riskLevel.name(), family.lastContactAt,
                    family.lastVisitAt, status.daysSinceContact(), status.daysSinceVisit(), status.overdue());
        }).toList();
        return new PageResponse<>(items, page, size, query.count());
    }

    private ContactView toView(Contact contact) {
        boolean coordinator = caller.isCoordinator();
        return new ContactView(contact.id, contact.familyId, contact.kind, contact.contactedAt, contact.contactedBy,
                contact.location, contact.durationMinutes, contact.wellbeing,
                coordinator ? cipher.decrypt(contact.notesEncrypted) : null,
                coordinator ? cipher.decrypt(contact.followUpEncrypted) : null, contact.followUpDue);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
