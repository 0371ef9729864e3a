package org.nuanxin.insurance.claim;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdjudicatorTest {

    private static Adjudicator.Result adjudicate(CareSetting setting, int days, String subsidyLeft,
                                                 Map<Integer, Integer> nursingLeft, UUID duplicateOf,
                                                 Adjudicator.Line... lines) {
        return Adjudicator.adjudicate(new Adjudicator.Input(setting, LocalDate.of(2025, 3, 1), days, List.of(lines),
                true, new BigDecimal(subsidyLeft), nursingLeft, new BigDecimal("300.00"), new BigDecimal("20000.00"),
                duplicateOf));
    }

    private static Adjudicator.Line line(ItemCategory category, String amount) {
        return new Adjudicator.Line(category, new BigDecimal(amount));
    }

    @Test
    void shouldCountNursingDaysFromTheAdmissionIntoEachPolicyYear() {
        assertEquals(Map.of(2024, 2, 2025, 3), Adjudicator.nursingDaysByYear(LocalDate.of(2024, 12, 30), 5));
        assertEquals(Map.of(2025, 1), Adjudicator.nursingDaysByYear(LocalDate.of(2025, 12, 31), 1));
        assertEquals(Map.of(), Adjudicator.nursingDaysByYear(LocalDate.of(2025, 1, 1), 0));
    }

    @Test
    void shouldPayAnItemExactlyAtTheRemainingSubsidyInFull() {
        Adjudicator.Result result = adjudicate(CareSetting.OUTPATIENT, 0, "1000.00", Map.of(), null,
                line(ItemCategory.MEDICINE, "1000.00"));
        assertEquals(ClaimStatus.APPROVED, result.status());
        assertEquals(Rule.ELIGIBLE, result.items().get(0).rule());
    }

    @Test
    void shouldCapTheNursingDaysAtWhatTheYearHasLeft() {
        Adjudicator.Result result = adjudicate(CareSetting.INPATIENT, 3, "90000.00", Map.of(2025, 1), null,
                line(ItemCategory.BED, "10.00"));
        assertEquals(1, result.nursingDaysPaid());
        assertEquals(new BigDecimal("300.00"), result.nursingAllowance());
        assertEquals(ClaimStatus.PARTIALLY_APPROVED, result.status());
    }

    @Test
    void shouldRejectAClaimThatPaysNothing() {
        Adjudicator.Result result = adjudicate(CareSetting.OUTPATIENT, 0, "0.00", Map.of(), null,
                line(ItemCategory.MEDICINE, "5.00"));
        assertEquals(ClaimStatus.REJECTED, result.status());
        assertEquals(Rule.SUBSIDY_EXHAUSTED, result.items().get(0).rule());
    }

    @Test
    void shouldSendASuspectedDuplicateToReview() {
        Adjudicator.Result result = adjudicate(CareSetting.OUTPATIENT, 0, "90000.00", Map.of(), UUID.randomUUID(),
                line(ItemCategory.MEDICINE, "5.00"));
        assertEquals(ClaimStatus.PENDING_REVIEW, result.status());
    }

    @Test
    void shouldSendABenefitJustAboveTheThresholdToReviewButNotOneAtIt() {
        assertEquals(ClaimStatus.APPROVED, adjudicate(CareSetting.OUTPATIENT, 0, "90000.00", Map.of(), null,
                line(ItemCategory.SURGERY, "20000.00")).status());
        assertEquals(ClaimStatus.PENDING_REVIEW, adjudicate(CareSetting.OUTPATIENT, 0, "90000.00", Map.of(), null,
                line(ItemCategory.SURGERY, "20000.01")).status());
    }
}
