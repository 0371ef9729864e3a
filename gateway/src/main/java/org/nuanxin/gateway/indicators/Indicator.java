package org.nuanxin.gateway.indicators;

import org.nuanxin.gateway.supervision.SupervisionSnapshot.DistrictCount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The supervision indicators a responsibility target can be bound to and the trend charts show, each computed from
 * the figures of one district or of all of them (the city). Shares are percentages with one decimal; a share of
 * nothing (no families yet) is 0.
 */
public enum Indicator {
    FAMILIES("户", true) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, DistrictCount::families);
        }
    },
    LIAISON_COVERAGE("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.coverage().liaisons(), DistrictCount::families);
        }
    },
    FAMILY_DOCTOR_COVERAGE("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.coverage().familyDoctor(), DistrictCount::families);
        }
    },
    GREEN_CHANNEL_COVERAGE("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.coverage().greenChannel(), DistrictCount::families);
        }
    },
    /** Active families called or visited within the contact cadence. */
    CONTACTED_WITHIN_CADENCE("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.families() - x.cadence().notContacted(), DistrictCount::families);
        }
    },
    VISITS_THIS_MONTH("次", true) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.cadence().visitsThisMonth());
        }
    },
    OVERDUE_FOLLOW_UPS("项", false) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.cadence().overdueFollowUps());
        }
    },
    ACTIVE_VOLUNTEERS("人", true) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.volunteers().active());
        }
    },
    VOLUNTEER_HOURS_THIS_MONTH("小时", true) {
        BigDecimal of(List<DistrictCount> d) {
            return d.stream().map(x -> new BigDecimal(x.volunteers().hoursThisMonth())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    },
    OVERDUE_TASKS("项", false) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.volunteers().overdueTasks());
        }
    },
    /** Insured persons among the members of active bereaved families (全覆盖). */
    ENROLMENT_RATE("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.insurance().enrolled(), x -> x.insurance().insurable());
        }
    },
    CLAIMS_PENDING_REVIEW("件", false) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.insurance().claimsPendingReview());
        }
    },
    SITE_STANDARD_COMPLIANCE("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.sites().meetingStandard(), x -> x.sites().sites());
        }
    },
    /** Bereaved families served by a warm-home site (seed: over 60%, goal 100%). */
    SITE_REACH("%", true) {
        BigDecimal of(List<DistrictCount> d) {
            return share(d, x -> x.sites().bereavedReached(), DistrictCount::bereaved);
        }
    },
    LECTURES_THIS_YEAR("场", true) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.sites().lecturesThisYear());
        }
    },
    CLINICS_THIS_YEAR("场", true) {
        BigDecimal of(List<DistrictCount> d) {
            return count(d, x -> x.sites().clinicsThisYear());
        }
    };

    private final String unit;
    private final boolean higherIsBetter;

    Indicator(String unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    /** The value over these districts (one district, or all of them for the city). */
    abstract BigDecimal of(List<DistrictCount> districts);

    public BigDecimal valueOf(List<DistrictCount> districts) {
        return of(districts).setScale(1, RoundingMode.HALF_UP);
    }

    public String unit() {
        return unit;
    }

    /** Whether a target on this indicator is reached from below (coverage) or from above (overdue items). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    private static BigDecimal count(List<DistrictCount> districts, ToLongFunction<DistrictCount> figure) {
        return BigDecimal.valueOf(districts.stream().mapToLong(figure).sum());
    }

    private static BigDecimal share(List<DistrictCount> districts, ToLongFunction<DistrictCount> part,
                                    ToLongFunction<DistrictCount> whole) {
        long of = districts.stream().mapToLong(whole).sum();
        if (of == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(districts.stream().mapToLong(part).sum() * 100L)
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
