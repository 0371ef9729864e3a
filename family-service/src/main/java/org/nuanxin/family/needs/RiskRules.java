package org.nuanxin.family.needs;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a family's risk level from its members and its assessed needs. The rules, each with the code that
 * explains it to the coordinator:
 * <ul>
 *   <li>HIGH when {@code ALONE_ADVANCED_AGE_CHRONIC}: a member lives alone, is of advanced age (≥ 80) and has a
 *       chronic condition; {@code SEVERE_DISABILITY_ALONE}: a member with disability level 1 or 2 lives alone;
 *       {@code ACUTE_NEED}: a medical, psychological or daily-care need is rated HIGH.</li>
 *   <li>MEDIUM when {@code LIVES_ALONE}, {@code ADVANCED_AGE}, {@code ELDERLY_CHRONIC} (≥ 70 with a chronic
 *       condition), {@code SEVERE_DISABILITY} or {@code NEED_MEDIUM} (any need rated MEDIUM or HIGH).</li>
 *   <li>LOW otherwise.</li>
 * </ul>
 * Every rule that holds is reported, not only the first, so the coordinator sees all the reasons.
 */
public final class RiskRules {

    /** What the rules need to know of a member. */
    public record MemberFacts(LocalDate birthDate, boolean livingAlone, int chronicConditions,
                              DisabilityLevel disabilityLevel) {
    }

    public record Result(RiskLevel level, List<String> reasons) {
    }

    private static final Set<NeedArea> ACUTE_AREAS = Set.of(NeedArea.MEDICAL, NeedArea.PSYCHOLOGICAL, NeedArea.DAILY_CARE);

    private final int advancedAge;
    private final int elderlyAge;

    public RiskRules(int advancedAge, int elderlyAge) {
        this.advancedAge = advancedAge;
        this.elderlyAge = elderlyAge;
    }

    public static RiskRules of(RiskConfig config) {
        return new RiskRules(config.advancedAge(), config.elderlyAge());
    }

    public Result assess(List<MemberFacts> members, Map<NeedArea, Severity> needs, LocalDate today) {
        List<String> high = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        for (MemberFacts member : members) {
            int age = Period.between(member.birthDate(), today).getYears();
            boolean chronic = member.chronicConditions() > 0;
            boolean severe = member.disabilityLevel() != null && member.disabilityLevel().severe();
            addOnce(high, "ALONE_ADVANCED_AGE_CHRONIC", member.livingAlone() && age >= advancedAge && chronic);
            addOnce(high, "SEVERE_DISABILITY_ALONE", member.livingAlone() && severe);
            addOnce(medium, "LIVES_ALONE", member.livingAlone());
            addOnce(medium, "ADVANCED_AGE", age >= advancedAge);
            addOnce(medium, "ELDERLY_CHRONIC", age >= elderlyAge && chronic);
            addOnce(medium, "SEVERE_DISABILITY", severe);
        }
        needs.forEach((area, severity) -> {
            addOnce(high, "ACUTE_NEED", ACUTE_AREAS.contains(area) && severity == Severity.HIGH);
            addOnce(medium, "NEED_MEDIUM", severity.atLeast(Severity.MEDIUM));
        });
        List<String> reasons = new ArrayList<>(high);
        reasons.addAll(medium);
        RiskLevel level = !high.isEmpty() ? RiskLevel.HIGH : !medium.isEmpty() ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return new Result(level, List.copyOf(reasons));
    }

    private static void addOnce(List<String> reasons, String code, boolean holds) {
        if (holds && !reasons.contains(code)) {
            reasons.add(code);
        }
    }
}
