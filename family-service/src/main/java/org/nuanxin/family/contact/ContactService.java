package org.nuanxin.family.contact;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.paging.PageResponse;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.area.District;
import org.nuanxin.family.events.ContactRecorded;
import org.nuanxin.family.events.FollowUpCompleted;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;
import org.nuanxin.family.family.FamilyMember;
import org.nuanxin.family.needs.NeedArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Records calls and visits, closes follow-ups, and finds the families and follow-ups that are overdue. */
@ApplicationScoped
public class ContactService {

    /** A contact as any source reports it, after its own checks. */
    public record NewContact(ContactKind kind, OffsetDateTime contactedAt, String contactedBy, String recordedBy,
                             String location, int durationMinutes, Integer wellbeing, List<NeedArea> needsObserved,
                             String notes, String followUp, LocalDate followUpDue, ContactSource source,
                             UUID volunteerTaskId) {
    }

    private final Outbox outbox;
    private final PiiCipher cipher;
    private final Caller caller;
    private final FamilyAccess access;
    private final CadenceRules cadence;
    private final EntityManager em;

    ContactService(Outbox outbox, PiiCipher cipher, Caller caller, FamilyAccess access, CadenceConfig config,
                   EntityManager em) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
        this.cadence = CadenceRules.of(config);
        this.em = em;
    }

    @Transactional
    public ContactView record(UUID familyId, RecordContactRequest request) {
        boolean hasFollowUp = !isBlank(request.followUp());
        if (hasFollowUp && request.followUpDue() == null) {
            throw ProblemException.invalidField("followUpDue", "有跟进事项时须填写完成期限");
        }
        if (!hasFollowUp && request.followUpDue() != null) {
            throw ProblemException.invalidField("followUp", "有完成期限时须填写跟进事项");
        }
        if (request.followUpDue() != null
                && request.followUpDue().isBefore(request.contactedAt().atZoneSameInstant(CityCalendar.ZONE).toLocalDate())) {
            throw ProblemException.invalidField("followUpDue", "完成期限不能早于联系日期");
        }
        if (request.needsObserved() != null && request.needsObserved().stream().anyMatch(need -> need == null)) {
            throw ProblemException.invalidField("needsObserved", "需求不能为空");
        }
        Family family = access.activeInScope(familyId);
        if (request.contactedAt().isBefore(family.registeredAt.minusYears(1))) {
            throw ProblemException.invalidField("contactedAt", "联系时间早于建档一年以上");
        }
        Contact contact = save(family, new NewContact(request.kind(), request.contactedAt(), request.contactedBy().trim(),
                caller.username(), trimToNull(request.location()), request.durationMinutes(), request.wellbeing(),
                request.needsObserved() == null ? List.of() : List.copyOf(request.needsObserved()),
                trimToNull(request.notes()), hasFollowUp ? request.followUp().trim() : null, request.followUpDue(),
                ContactSource.LIAISON, null));
        return toView(contact);
    }

    /**
     * Saves a contact of an active family with its event, in the caller's transaction; moves the family's
     * latest contact and visit forward (a contact entered late never moves them backwards).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contact save(Family family, NewContact input) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.familyId = family.id;
        contact.kind = input.kind();
        contact.contactedAt = input.contactedAt().withOffsetSameInstant(ZoneOffset.UTC);
        contact.contactedBy = input.contactedBy();
        contact.recordedBy = input.recordedBy();
        contact.location = input.location();
        contact.durationMinutes = input.durationMinutes();
        contact.wellbeing = input.wellbeing();
        contact.needsObserved.addAll(input.needsObserved().stream().distinct().toList());
        contact.notesEncrypted = input.notes() == null ? null : cipher.encrypt(input.notes());
        contact.followUpEncrypted = input.followUp() == null ? null : cipher.encrypt(input.followUp());
        contact.followUpDue = input.followUpDue();
        contact.source = input.source();
        contact.volunteerTaskId = input.volunteerTaskId();
        contact.persist();

        if (family.lastContactAt == null || contact.contactedAt.isAfter(family.lastContactAt)) {
            family.lastContactAt = contact.contactedAt;
        }
        if (contact.kind == ContactKind.HOME_VISIT) {
            if (family.lastVisitAt == null || contact.contactedAt.isAfter(family.lastVisitAt)) {
                family.lastVisitAt = contact.contactedAt;
            }
            family.countVisit(contact.contactedAt);
        }
        outbox.publish("family", family.id, ContactRecorded.TYPE, new ContactRecorded(family.id, contact.id,
                family.districtCode, contact.kind.name(), contact.contactedAt, contact.durationMinutes,
                contact.wellbeing, contact.followUpDue, contact.needsObserved.stream().map(Enum::name).toList(),
                contact.source.name()));
        return contact;
    }

    @Transactional
    public List<ContactView> history(UUID familyId) {
        Family family = access.inScope(familyId);
        return Contact.<Contact>list("familyId = ?1 ORDER BY contactedAt DESC", family.id).stream()
                .map(this::toView).toList();
    }

    /** Marks a contact's follow-up done; late when done after its due date. */
    @Transactional
    public ContactView completeFollowUp(UUID familyId, UUID contactId) {
        Family family = access.inScope(familyId);
        Contact contact = Contact.find("id = ?1 AND familyId = ?2", contactId, family.id).firstResult();
        if (contact == null) {
            throw ProblemException.notFound("联系记录", contactId);
        }
        if (contact.followUpDue == null) {
            throw ProblemException.conflict("这次联系没有跟进事项");
        }
        if (contact.followUpDoneAt != null) {
            throw ProblemException.conflict("跟进事项已于 " + contact.followUpDoneAt + " 完成");
        }
        contact.followUpDoneAt = OffsetDateTime.now(ZoneOffset.UTC);
        contact.followUpDoneBy = caller.username();
        outbox.publish("family", family.id, FollowUpCompleted.TYPE, new FollowUpCompleted(family.id, contact.id,
                family.districtCode, contact.followUpDue, contact.followUpDoneAt,
                contact.followUpDue.isBefore(CityCalendar.today())));
        return toView(contact);
    }

    /**
     * Active families of the caller's area that the cadence says are overdue (see {@link CadenceRules}), longest
     * without contact first.
     */
    @Transactional
    public PageResponse<OverdueFamily> overdue(String districtCode, int page, int size) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = CityCalendar.today();
        // this year's visits are kept on the family (Family.countVisit, visitsIn), so page and count read the
        // family_cadence index alone instead of counting each family's visits
        StringBuilder where = new StringBuilder("""
                FROM family f
                WHERE f.status = 'ACTIVE'
                  AND (f.last_contact_at IS NULL OR f.last_contact_at <= :contact
                    OR f.last_visit_at IS NULL OR f.last_visit_at <= :visit
                    OR CASE WHEN f.visit_year = :year THEN f.visits_in_year ELSE 0 END
                        < :perYear * GREATEST(0, :today - GREATEST(:yearStartDay,
                        CAST(f.registered_at AT TIME ZONE 'Asia/Shanghai' AS date)) + 1) / :daysInYear)""");
        Map<String, Object> params = new HashMap<>();
        params.put("year", today.getYear());
        params.put("contact", cadence.contactDeadline(now));
        params.put("visit", cadence.visitDeadline(now));
        params.put("perYear", cadence.homeVisitsPerYear());
        params.put("today", today);
        params.put("yearStartDay", today.withDayOfYear(1));
        params.put("daysInYear", today.lengthOfYear());
        caller.district().ifPresent(scope -> {
            where.append(" AND f.district_code = :scope");
            params.put("scope", scope);
        });
        if (districtCode != null) {
            where.append(" AND f.district_code = :district");
            params.put("district", districtCode);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = nativeQuery("SELECT f.id " + where
                + " ORDER BY f.last_contact_at ASC NULLS FIRST, f.registered_at ASC, f.id", params)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) nativeQuery("SELECT count(*) " + where, params).getSingleResult()).longValue();

        Map<UUID, Family> families = Family.<Family>list("id IN ?1", ids).stream()
                .collect(Collectors.toMap(family -> family.id, Function.identity()));
        Map<String, String> names = District.names();
        List<OverdueFamily> items = ids.stream().map(id -> {
            Family family = families.get(id);
            long visitsThisYear = family.visitsIn(today.getYear());
            LocalDate registeredOn = family.registeredAt.atZoneSameInstant(CityCalendar.ZONE).toLocalDate();
            CadenceRules.Status status = cadence.status(family.lastContactAt, family.lastVisitAt, visitsThisYear,
                    registeredOn, now.atZoneSameInstant(CityCalendar.ZONE).toOffsetDateTime());
            FamilyMember head = family.head();
            return new OverdueFamily(family.id, family.districtCode, names.get(family.districtCode), family.street,
                    family.community, head == null ? null : head.name, family.riskLevel.name(), family.lastContactAt,
                    family.lastVisitAt, status.daysSinceContact(), status.daysSinceVisit(), visitsThisYear,
                    cadence.visitsDueBy(registeredOn, today), status.overdue());
        }).toList();
        return new PageResponse<>(items, page, size, total);
    }

    /** Open follow-ups past their due date in the caller's area, the longest overdue first. */
    @Transactional
    public PageResponse<OverdueFollowUp> overdueFollowUps(String districtCode, int page, int size) {
        LocalDate today = CityCalendar.today();
        StringBuilder where = new StringBuilder("FROM Contact c, Family f WHERE f.id = c.familyId"
                + " AND c.followUpDue < :today AND c.followUpDoneAt IS NULL AND f.status = 'ACTIVE'");
        Parameters params = Parameters.with("today", today);
        caller.district().ifPresent(scope -> {
            where.append(" AND f.districtCode = :scope");
            params.and("scope", scope);
        });
        if (districtCode != null) {
            where.append(" AND f.districtCode = :district");
            params.and("district", districtCode);
        }
        var query = Contact.find("SELECT c " + where + " ORDER BY c.followUpDue ASC, c.contactedAt ASC", params)
                .page(Page.of(page, size));
        List<Contact> contacts = query.list();
        long total = Contact.find("SELECT count(c) " + where, params).project(Long.class).firstResult();
        Map<UUID, Family> families = Family.<Family>list("id IN ?1",
                        contacts.stream().map(contact -> contact.familyId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(family -> family.id, Function.identity()));
        Map<String, String> names = District.names();
        boolean coordinator = caller.isCoordinator();
        List<OverdueFollowUp> items = contacts.stream().map(contact -> {
            Family family = families.get(contact.familyId);
            FamilyMember head = family.head();
            return new OverdueFollowUp(family.id, contact.id, family.districtCode, names.get(family.districtCode),
                    family.street, family.community, head == null ? null : head.name, family.riskLevel.name(),
                    contact.contactedAt, contact.contactedBy,
                    coordinator ? cipher.decrypt(contact.followUpEncrypted) : null, contact.followUpDue,
                    ChronoUnit.DAYS.between(contact.followUpDue, today));
        }).toList();
        return new PageResponse<>(items, page, size, total);
    }

    private jakarta.persistence.Query nativeQuery(String sql, Map<String, Object> params) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    ContactView toView(Contact contact) {
        boolean coordinator = caller.isCoordinator();
        return new ContactView(contact.id, contact.familyId, contact.kind, contact.contactedAt, contact.contactedBy,
                contact.location, contact.durationMinutes, contact.wellbeing, List.copyOf(contact.needsObserved),
                coordinator ? cipher.decrypt(contact.notesEncrypted) : null,
                coordinator ? cipher.decrypt(contact.followUpEncrypted) : null, contact.followUpDue,
                contact.followUpDoneAt, contact.source);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
