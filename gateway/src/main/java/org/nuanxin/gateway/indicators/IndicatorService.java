package org.nuanxin.gateway.indicators;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.nuanxin.gateway.supervision.SupervisionService;
import org.nuanxin.gateway.supervision.SupervisionSnapshot;
import org.nuanxin.gateway.supervision.SupervisionSnapshot.DistrictCount;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators' values now, and their daily history for the trend charts: every hour (and at start) today's
 * values of the city and of each district are written over the day's row, so the last write of a day stays as
 * that day's value. Days older than {@link #KEPT_DAYS} are dropped.
 */
@ApplicationScoped
public class IndicatorService {

    /** The scope of the city-wide values in {@code indicator_daily}. */
    public static final String CITY = "city";
    static final int KEPT_DAYS = 400;

    private final SupervisionService supervision;
    private final EntityManager em;

    IndicatorService(SupervisionService supervision, EntityManager em) {
        this.supervision = supervision;
        this.em = em;
    }

    /** Every indicator over the districts of a snapshot (all of them: the city; one: that district). */
    public static Map<Indicator, BigDecimal> values(List<DistrictCount> districts) {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator, indicator.valueOf(districts));
        }
        return values;
    }

    /** The districts of the snapshot a scope covers: all for the city, else the one district. */
    public static List<DistrictCount> scope(SupervisionSnapshot snapshot, Optional<String> district) {
        return district.map(code -> snapshot.byDistrict().stream().filter(d -> d.districtCode().equals(code)).toList())
                .orElse(snapshot.byDistrict());
    }

    @Scheduled(every = "1h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        record(LocalDate.now(SupervisionService.CITY), supervision.snapshot());
    }

    /** Writes the day's values of the city and every district; answers how many rows were written. */
    @Transactional
    public int record(LocalDate day, SupervisionSnapshot snapshot) {
        int rows = write(day, CITY, values(snapshot.byDistrict()));
        for (DistrictCount district : snapshot.byDistrict()) {
            rows += write(day, district.districtCode(), values(List.of(district)));
        }
        em.createNativeQuery("DELETE FROM indicator_daily WHERE day < :oldest")
                .setParameter("oldest", Date.valueOf(day.minusDays(KEPT_DAYS))).executeUpdate();
        return rows;
    }

    private int write(LocalDate day, String scope, Map<Indicator, BigDecimal> values) {
        int rows = 0;
        for (Map.Entry<Indicator, BigDecimal> value : values.entrySet()) {
            rows += em.createNativeQuery("""
                            INSERT INTO indicator_daily (day, scope, indicator, value) VALUES (:day, :scope, :indicator, :value)
                            ON CONFLICT (indicator, scope, day) DO UPDATE SET value = :value""")
                    .setParameter("day", Date.valueOf(day)).setParameter("scope", scope)
                    .setParameter("indicator", value.getKey().name()).setParameter("value", value.getValue())
                    .executeUpdate();
        }
        return rows;
    }

    /** The indicator's daily values of a scope from {@code since} on, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<TrendPoint> trend(Indicator indicator, String scope, LocalDate since) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT day, value FROM indicator_daily WHERE indicator = :indicator AND scope = :scope AND day >= :since
                        ORDER BY day""")
                .setParameter("indicator", indicator.name()).setParameter("scope", scope)
                .setParameter("since", Date.valueOf(since)).getResultList();
        return rows.stream().map(r -> new TrendPoint(r[0] instanceof Date date ? date.toLocalDate() : (LocalDate) r[0],
                (BigDecimal) r[1])).toList();
    }
}
