package org.nuanxin.insurance.claim;

import org.nuanxin.insurance.money.Yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benefit rules applied to one claim, as a pure function of the claim and what the person has left.
 * <p>
 * Money: every input has at most two decimals and the rules only add, subtract, compare and multiply by whole
 * days, so no amount is ever rounded. Items are paid in the order submitted; the first item that meets the
 * remaining subsidy is capped at it and the rest get nothing. The medical subsidy is charged to the policy year
 * of the discharge date (the year the bill falls in); nursing days to the policy year each day falls in, the
 * stay's first {@code inpatientDays} days counted from the admission date.
 */
final class Adjudicator {

    record Line(ItemCategory category, BigDecimal amount) {
    }

    record Input(CareSetting setting, LocalDate admission, int inpatientDays, List<Line> lines, boolean covered,
                 BigDecimal subsidyLeft, Map<Integer, Integer> nursingDaysLeft, BigDecimal nursingPerDay,
                 BigDecimal reviewThreshold, UUID duplicateOf) {
    }

    record ItemResult(BigDecimal eligible, BigDecimal benefit, Rule rule, String explanation) {
    }

    record NursingYear(int policyYear, int daysClaimed, int daysPaid, BigDecimal allowance) {
    }

    record Explanation(Rule rule, String message) {
    }

    record Result(ClaimStatus status, List<ItemResult> items, List<NursingYear> nursing,
                  List<Explanation> explanations, BigDecimal claimed, BigDecimal eligible,
                  BigDecimal medicalBenefit, BigDecimal nursingAllowance, int nursingDaysPaid) {

        BigDecimal benefit() {
            return medicalBenefit.add(nursingAllowance);
        }
    }

    private Adjudicator() {
    }

    /** The stay's nursing days per policy year, counted from the admission date. */
    static Map<Integer, Integer> nursingDaysByYear(LocalDate admission, int inpatientDays) {
        Map<Integer, Integer> byYear = new LinkedHashMap<>();
        LocalDate day = admission;
        int left = inpatientDays;
        while (left > 0) {
            LocalDate yearEnd = LocalDate.of(day.getYear(), 12, 31);
            int inYear = (int) Math.min(left, ChronoUnit.DAYS.between(day, yearEnd) + 1);
            byYear.put(day.getYear(), inYear);
            left -= inYear;
            day = yearEnd.plusDays(1);
        }
        return byYear;
    }

    static Result adjudicate(Input in) {
        List<ItemResult> items = new ArrayList<>();
        List<NursingYear> nursing = new ArrayList<>();
        List<Explanation> explanations = new ArrayList<>();
        BigDecimal claimed = in.lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        if (!in.covered()) {
            for (Line line : in.lines()) {
                items.add(new ItemResult(zero(), zero(), Rule.OUTSIDE_COVERAGE, "就诊期间不在参保保障期内"));
            }
            explanations.add(new Explanation(Rule.OUTSIDE_COVERAGE, "入院至出院须全部落在参保人的保障期内"));
            return new Result(ClaimStatus.REJECTED, items, nursing, explanations, claimed, zero(), zero(), zero(), 0);
        }

        BigDecimal eligibleTotal = zero();
        BigDecimal subsidyLeft = in.subsidyLeft();
        BigDecimal medicalBenefit = zero();
        boolean reduced = false;
        for (Line line : in.lines()) {
            if (line.category() == ItemCategory.NON_MEDICAL) {
                items.add(new ItemResult(zero(), zero(), Rule.NOT_COVERED_NON_MEDICAL, "非医疗费用不在保障范围"));
                reduced = true;
                continue;
            }
            if (line.category() == ItemCategory.BED && in.setting() == CareSetting.OUTPATIENT) {
                items.add(new ItemResult(zero(), zero(), Rule.NOT_COVERED_BED_OUTPATIENT, "门诊不报销床位费"));
                reduced = true;
                continue;
            }
            BigDecimal eligible = line.amount();
            eligibleTotal = eligibleTotal.add(eligible);
            if (subsidyLeft.signum() == 0 && eligible.signum() > 0) {
                items.add(new ItemResult(eligible, zero(), Rule.SUBSIDY_EXHAUSTED, "本年度医疗补助额度已用完"));
                reduced = true;
            } else if (eligible.compareTo(subsidyLeft) > 0) {
                items.add(new ItemResult(eligible, subsidyLeft, Rule.CAPPED_AT_REMAINING_SUBSIDY,
                        "以本年度剩余医疗补助额度 " + Yuan.format(subsidyLeft) + " 元为限"));
                medicalBenefit = medicalBenefit.add(subsidyLeft);
                subsidyLeft = zero();
                reduced = true;
            } else {
                items.add(new ItemResult(eligible, eligible, Rule.ELIGIBLE, "符合保障范围，全额给付"));
                medicalBenefit = medicalBenefit.add(eligible);
                subsidyLeft = subsidyLeft.subtract(eligible);
            }
        }

        BigDecimal allowance = zero();
        int daysPaid = 0;
        if (in.setting() == CareSetting.INPATIENT) {
            for (Map.Entry<Integer, Integer> year : nursingDaysByYear(in.admission(), in.inpatientDays()).entrySet()) {
                int left = in.nursingDaysLeft().getOrDefault(year.getKey(), 0);
                int paid = Math.min(year.getValue(), left);
                BigDecimal amount = in.nursingPerDay().multiply(BigDecimal.valueOf(paid));
                nursing.add(new NursingYear(year.getKey(), year.getValue(), paid, amount));
                allowance = allowance.add(amount);
                daysPaid += paid;
                eligibleTotal = eligibleTotal.add(in.nursingPerDay().multiply(BigDecimal.valueOf(year.getValue())));
                if (paid < year.getValue()) {
                    reduced = true;
                    explanations.add(new Explanation(Rule.NURSING_DAYS_CAPPED, year.getKey() + " 年度护理补贴剩余 "
                            + left + " 天，住院 " + year.getValue() + " 天中给付 " + paid + " 天"));
                } else {
                    explanations.add(new Explanation(Rule.NURSING_ALLOWANCE, year.getKey() + " 年度住院 "
                            + paid + " 天，每天 " + Yuan.format(in.nursingPerDay()) + " 元"));
                }
            }
        }
        if (items.stream().anyMatch(i -> i.rule() == Rule.CAPPED_AT_REMAINING_SUBSIDY
                || i.rule() == Rule.SUBSIDY_EXHAUSTED)) {
            explanations.add(new Explanation(Rule.CAPPED_AT_REMAINING_SUBSIDY,
                    "医疗补助以本年度剩余额度 " + Yuan.format(in.subsidyLeft()) + " 元为限"));
        }

        BigDecimal benefit = medicalBenefit.add(allowance);
        ClaimStatus status;
        if (benefit.signum() == 0) {
            status = ClaimStatus.REJECTED;
        } else if (in.duplicateOf() != null || benefit.compareTo(in.reviewThreshold()) > 0) {
            status = ClaimStatus.PENDING_REVIEW;
        } else {
            status = reduced ? ClaimStatus.PARTIALLY_APPROVED : ClaimStatus.APPROVED;
        }
        if (in.duplicateOf() != null) {
            explanations.add(new Explanation(Rule.DUPLICATE_SUSPECTED,
                    "疑似重复：同一医院同一参保人的住院期间与理赔单 " + in.duplicateOf() + " 重叠，转人工审核"));
        }
        if (benefit.compareTo(in.reviewThreshold()) > 0) {
            explanations.add(new Explanation(Rule.ABOVE_REVIEW_THRESHOLD,
                    "给付金额超过 " + Yuan.format(in.reviewThreshold()) + " 元，转人工审核"));
        }
        return new Result(status, items, nursing, explanations, claimed, eligibleTotal, medicalBenefit, allowance,
                daysPaid);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
