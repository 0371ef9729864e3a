package org.nuanxin.family.remembrance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.family.area.CityCalendar;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyAccess;
import org.nuanxin.family.family.FamilyMember;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Remembrance-aware outreach: the hard days of each family and the reminders ahead of them. */
@ApplicationScoped
public class RemembranceService {

    static final int DEFAULT_REMIND_DAYS_BEFORE = 7;

    private final PiiCipher cipher;
    private final Caller caller;
    private final FamilyAccess access;

    RemembranceService(PiiCipher cipher, Caller caller, FamilyAccess access) {
        this.cipher = cipher;
        this.caller = caller;
        this.access = access;
    }

    @Transactional
    public RemembranceDateView add(UUID familyId, AddRemembranceDateRequest request) {
        if (!RemembranceCalendar.exists(request.month(), request.day())) {
            throw ProblemException.invalidField("day", request.month() + " 月没有 " + request.day() + " 日");
        }
        Family family = access.activeInScope(familyId);
        RemembranceDate date = new RemembranceDate();
        date.id = UUID.randomUUID();
        date.familyId = family.id;
        date.kind = request.kind();
        date.month = request.month();
        date.day = request.day();
        date.labelEncrypted = request.label() == null || request.label().isBlank() ? null : cipher.encrypt(request.label().trim());
        date.remindDaysBefore = request.remindDaysBefore() == null ? DEFAULT_REMIND_DAYS_BEFORE : request.remindDaysBefore();
        date.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        date.addedBy = caller.username();
        date.persist();
        return toView(date, CityCalendar.today());
    }

    @Transactional
    public List<RemembranceDateView> ofFamily(UUID familyId) {
        Family family = access.inScope(familyId);
        LocalDate today = CityCalendar.today();
        return RemembranceDate.<RemembranceDate>list("familyId", family.id).stream()
                .map(date -> toView(date, today))
                .sorted(Comparator.comparing(RemembranceDateView::nextOccurrence))
                .toList();
    }

    /** Reminders due today in the caller's area: each date from its reminder day until the day itself. */
    @Transactional
    public List<RemembranceReminder> dueReminders() {
        LocalDate today = CityCalendar.today();
        String scope = caller.district().orElse(null);
        List<Family> families = Family.list("status = 'ACTIVE' AND id IN (SELECT r.familyId FROM RemembranceDate r)"
                + (scope == null ? "" : " AND districtCode = ?1"), scope == null ? new Object[0] : new Object[] {scope});
        Map<UUID, Family> byId = families.stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
        if (byId.isEmpty()) {
            return List.of();
        }
        return RemembranceDate.<RemembranceDate>list("familyId IN ?1", byId.keySet()).stream()
                .filter(date -> RemembranceCalendar.reminderDue(date.monthDay(), date.remindDaysBefore, today))
                .map(date -> {
                    Family family = byId.get(date.familyId);
                    FamilyMember head = family.head();
                    LocalDate next = RemembranceCalendar.nextOccurrence(date.monthDay(), today);
                    return new RemembranceReminder(family.id, family.districtCode, family.street,
                            head == null ? null : head.name, date.kind, cipher.decrypt(date.labelEncrypted), next,
                            ChronoUnit.DAYS.between(today, next));
                })
                .sorted(Comparator.comparingLong(RemembranceReminder::daysUntil))
                .toList();
    }

    private RemembranceDateView toView(RemembranceDate date, LocalDate today) {
        return new RemembranceDateView(date.id, date.familyId, date.kind, date.month, date.day,
                cipher.decrypt(date.labelEncrypted), date.remindDaysBefore,
                RemembranceCalendar.nextOccurrence(date.monthDay(), today));
    }
}
