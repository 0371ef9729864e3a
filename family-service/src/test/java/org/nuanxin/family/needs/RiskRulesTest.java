package org.nuanxin.family.needs;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final RiskRules rules = new RiskRules(80, 70);

    private static RiskRules.MemberFacts member(LocalDate birth, boolean alone, int chronic, DisabilityLevel disability) {
        return new RiskRules.MemberFacts(birth, alone, chronic, disability);
    }

    @Test
    void shouldRateALoneOctogenarianWithAChronicIllnessHigh() {
        RiskRules.Result result = rules.assess(
                List.of(member(LocalDate.of(1946, 11, 29), true, 1, DisabilityLevel.NONE)), Map.of(), TODAY);
        assertEquals(RiskLevel.HIGH, result.level());
        assertEquals("ALONE_ADVANCED_AGE_CHRONIC", result.reasons().get(0));
        assertTrue(result.reasons().containsAll(List.of("LIVES_ALONE", "ADVANCED_AGE", "ELDERLY_CHRONIC")));
    }

    @Test
    void shouldCountTheAgeOnlyFromTheBirthdayOn() {
        // 80 tomorrow: not yet of advanced age, so living alone with a chronic illness is MEDIUM
        RiskRules.Result dayBefore = rules.assess(
                List.of(member(LocalDate.of(1946, 11, 30), true, 1, DisabilityLevel.NONE)), Map.of(), TODAY);
        assertEquals(RiskLevel.MEDIUM, dayBefore.level());
        assertTrue(!dayBefore.reasons().contains("ADVANCED_AGE"));
    }

    @Test
    void shouldNotRateAnOctogenarianLivingWithTheirSpouseHighWithoutAnAcuteNeed() {
        RiskRules.Result result = rules.assess(List.of(
                member(LocalDate.of(1940, 1, 1), false, 2, DisabilityLevel.NONE),
                member(LocalDate.of(1942, 1, 1), false, 0, DisabilityLevel.NONE)), Map.of(), TODAY);
        assertEquals(RiskLevel.MEDIUM, result.level());
        assertEquals(List.of("ADVANCED_AGE", "ELDERLY_CHRONIC"), result.reasons());
    }

    @Test
    void shouldRateASeverelyDisabledMemberLivingAloneHigh() {
        RiskRules.Result result = rules.assess(
                List.of(member(LocalDate.of(1965, 5, 5), true, 0, DisabilityLevel.LEVEL_2)), Map.of(), TODAY);
        assertEquals(RiskLevel.HIGH, result.level());
        assertTrue(result.reasons().contains("SEVERE_DISABILITY_ALONE"));
    }

    @Test
    void shouldRateAnAcutePsychologicalNeedHighButAnAcuteLegalNeedMedium() {
        RiskRules.MemberFacts younger = member(LocalDate.of(1962, 3, 3), false, 0, DisabilityLevel.LEVEL_3);
        assertEquals(RiskLevel.HIGH, rules.assess(List.of(younger), Map.of(NeedArea.PSYCHOLOGICAL, Severity.HIGH), TODAY).level());
        RiskRules.Result legal = rules.assess(List.of(younger), Map.of(NeedArea.LEGAL, Severity.HIGH), TODAY);
        assertEquals(RiskLevel.MEDIUM, legal.level());
        assertEquals(List.of("NEED_MEDIUM"), legal.reasons());
    }

    @Test
    void shouldRateAYoungerCoupleWithLowNeedsLow() {
        RiskRules.Result result = rules.assess(List.of(
                member(LocalDate.of(1964, 8, 8), false, 1, DisabilityLevel.NONE),
                member(LocalDate.of(1966, 8, 8), false, 0, DisabilityLevel.LEVEL_4)),
                Map.of(NeedArea.SOCIAL, Severity.LOW, NeedArea.FINANCIAL, Severity.NONE), TODAY);
        assertEquals(RiskLevel.LOW, result.level());
        assertTrue(result.reasons().isEmpty());
    }

    @Test
    void shouldFollowTheConfiguredAges() {
        RiskRules stricter = new RiskRules(75, 65);
        RiskRules.Result result = stricter.assess(
                List.of(member(LocalDate.of(1950, 1, 1), true, 1, DisabilityLevel.NONE)), Map.of(), TODAY);
        assertEquals(RiskLevel.HIGH, result.level());
    }
}
