package org.nuanxin.insurance.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nuanxin.common.outbox.Outbox;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.insurance.enrolment.PolicyYears;
import org.nuanxin.insurance.events.PremiumBudgetSet;
import org.nuanxin.insurance.money.Yuan;
import org.nuanxin.insurance.rules.BenefitRules;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Sets and reads the yearly premium budget; every change commits together with its event or not at all. */
@ApplicationScoped
public class PremiumBudgetService {

    private final Outbox outbox;
    private final Caller caller;
    private final BenefitRules rules;
    private final PolicyYears policyYears;

    PremiumBudgetService(Outbox outbox, Caller caller, BenefitRules rules, PolicyYears policyYears) {
        this.outbox = outbox;
        this.caller = caller;
        this.rules = rules;
        this.policyYears = policyYears;
    }

    /** Idempotent: setting the amount a year already has changes nothing and publishes nothing. */
    @Transactional
    public PremiumBudgetView set(int year, SetPremiumBudgetRequest request) {
        BigDecimal amount = Yuan.parse(request.amount());
        PremiumBudget budget = PremiumBudget.findById(year);
        if (budget != null && budget.amount.compareTo(amount) == 0) {
            return toView(budget);
        }
        String previous = budget == null ? null : Yuan.format(budget.amount);
        if (budget == null) {
            budget = new PremiumBudget();
            budget.year = year;
        }
        budget.amount = amount;
        budget.setAt = OffsetDateTime.now(ZoneOffset.UTC);
        budget.setBy = caller.username();
        budget.persist();

        outbox.publish("premium-budget", year, PremiumBudgetSet.TYPE,
                new PremiumBudgetSet(year, Yuan.format(amount), previous, budget.setAt));
        return toView(budget);
    }

    @Transactional
    public PremiumBudgetView get(int year) {
        PremiumBudget budget = PremiumBudget.findById(year);
        if (budget == null) {
            throw new ProblemException(404, "not-found", "未找到", year + " 年度尚未设置保费预算", null);
        }
        return toView(budget);
    }

    /** The year's premiums due for everyone insured in it, against the budget if one is set. */
    @Transactional
    public PremiumTotalsView totals(int year) {
        long persons = policyYears.persons(year);
        BigDecimal premium = rules.annualPremiumPerPerson();
        BigDecimal due = premium.multiply(BigDecimal.valueOf(persons));
        PremiumBudget budget = PremiumBudget.findById(year);
        if (budget == null) {
            return new PremiumTotalsView(year, persons, Yuan.format(premium), Yuan.format(due), null, null, null);
        }
        BigDecimal left = budget.amount.subtract(due);
        return new PremiumTotalsView(year, persons, Yuan.format(premium), Yuan.format(due), Yuan.format(budget.amount),
                Yuan.format(left.max(BigDecimal.ZERO)), Yuan.format(left.negate().max(BigDecimal.ZERO)));
    }

    private PremiumBudgetView toView(PremiumBudget budget) {
        BigDecimal premium = rules.annualPremiumPerPerson();
        return new PremiumBudgetView(budget.year, Yuan.format(budget.amount), Yuan.format(premium),
                budget.amount.divideToIntegralValue(premium).longValueExact(), budget.setAt, budget.setBy);
    }
}
