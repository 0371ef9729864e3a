package org.nuanxin.insurance.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.nuanxin.insurance.rules.BenefitRulesService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The policy years the programme buys a person's insurance for, one premium each (table {@code policy_enrolment}).
 * Enrolment writes the years from the first covered day to the current one; later years come from the renewal.
 */
@ApplicationScoped
public class PolicyYears {

    public static final String ENROLMENT = "ENROLMENT";
    public static final String RENEWAL = "RENEWAL";

    private final EntityManager entityManager;

    PolicyYears(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run in the enrolment's transaction. */
    public void enrolled(UUID personId, LocalDate coveredFrom) {
        int current = LocalDate.now(BenefitRulesService.POLICY_ZONE).getYear();
        int first = coveredFrom.getYear();
        entityManager.createNativeQuery("INSERT INTO policy_enrolment (person_id, policy_year, source, enrolled_at) "
                        + "SELECT :person, y, :source, :now FROM generate_series(:first, :last) AS y "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("person", personId).setParameter("source", ENROLMENT)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("first", first).setParameter("last", Math.max(first, current))
                .executeUpdate();
    }

    /** Adds one year; false if the person is insured for it already (also by a transaction that just committed). */
    public boolean add(UUID personId, int year, String source, OffsetDateTime at) {
        return entityManager.createNativeQuery("INSERT INTO policy_enrolment (person_id, policy_year, source, enrolled_at) "
                        + "VALUES (:person, :year, :source, :at) ON CONFLICT DO NOTHING")
                .setParameter("person", personId).setParameter("year", year).setParameter("source", source)
                .setParameter("at", at).executeUpdate() == 1;
    }

    /** How many people the programme insures in the year, i.e. pays a premium for. */
    public long persons(int year) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM policy_enrolment WHERE policy_year = :year")
                .setParameter("year", year).getSingleResult()).longValue();
    }
}
