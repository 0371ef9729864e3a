package org.nuanxin.insurance.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What each person has used of each policy year's benefits. A claim locks the rows it will consume
 * ({@code SELECT ... FOR UPDATE}) until it commits, so concurrent claims for one person take turns and never
 * both consume the same remainder.
 */
@ApplicationScoped
public class Entitlements {

    public record Used(BigDecimal subsidy, int nursingDays) {
    }

    private final EntityManager entityManager;

    Entitlements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the person's rows of these years, creating missing ones; years in ascending order so no deadlock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Integer, Used> lock(UUID personId, Collection<Integer> years) {
        Map<Integer, Used> used = new TreeMap<>();
        for (int year : new TreeSet<>(years)) {
            entityManager.createNativeQuery("INSERT INTO entitlement (person_id, policy_year) VALUES (:person, :year) "
                            + "ON CONFLICT DO NOTHING")
                    .setParameter("person", personId).setParameter("year", year).executeUpdate();
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT subsidy_used, nursing_days_used "
                            + "FROM entitlement WHERE person_id = :person AND policy_year = :year FOR UPDATE")
                    .setParameter("person", personId).setParameter("year", year).getSingleResult();
            used.put(year, new Used((BigDecimal) row[0], ((Number) row[1]).intValue()));
        }
        return used;
    }

    /** Adds (or, with negative values, gives back) what a claim consumed. The caller holds the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(UUID personId, int year, BigDecimal subsidy, int nursingDays) {
        entityManager.createNativeQuery("UPDATE entitlement SET subsidy_used = subsidy_used + :subsidy, "
                        + "nursing_days_used = nursing_days_used + :days WHERE person_id = :person AND policy_year = :year")
                .setParameter("subsidy", subsidy).setParameter("days", nursingDays)
                .setParameter("person", personId).setParameter("year", year).executeUpdate();
    }

    /** Without locking, for display. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Used read(UUID personId, int year) {
        List<?> rows = entityManager.createNativeQuery("SELECT subsidy_used, nursing_days_used FROM entitlement "
                        + "WHERE person_id = :person AND policy_year = :year")
                .setParameter("person", personId).setParameter("year", year).getResultList();
        if (rows.isEmpty()) {
            return new Used(BigDecimal.ZERO.setScale(2), 0);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Used((BigDecimal) row[0], ((Number) row[1]).intValue());
    }
}
