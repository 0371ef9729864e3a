package org.nuanxin.insurance.events;

import java.time.OffsetDateTime;

/**
 * {@code org.nuanxin.insurance.premium-budget-set.v1} on topic {@code insurance.events}, key = the policy year.
 * Amounts are yuan as decimal strings; {@code previousAmount} is null when the year had no budget before.
 */
public record PremiumBudgetSet(int year, String amount, String previousAmount, OffsetDateTime setAt) {

    public static final String TYPE = "org.nuanxin.insurance.premium-budget-set.v1";
}
