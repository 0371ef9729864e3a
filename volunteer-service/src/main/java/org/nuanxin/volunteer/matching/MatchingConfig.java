package org.nuanxin.volunteer.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The weights and scales of the ranking formula (see {@link MatchingRules}). The weights need not add up to 1;
 * a score is their weighted mean.
 */
@ConfigMapping(prefix = "nuanxin.matching")
public interface MatchingConfig {

    /** How much the share of needed skills counts. */
    @WithDefault("0.35")
    double skillWeight();

    /** How much nearness to the task's place counts. */
    @WithDefault("0.25")
    double distanceWeight();

    /** How much declared weekly availability over the window counts. */
    @WithDefault("0.20")
    double availabilityWeight();

    /** How much a light current load counts. */
    @WithDefault("0.10")
    double loadWeight();

    /** How much speaking the dialect the task asks for (闽南话 for many parents) counts. */
    @WithDefault("0.10")
    double dialectWeight();

    /** At this distance or more, nearness is worth nothing; it falls linearly from 1 at the door. */
    @WithDefault("10")
    double distanceScaleKm();

    /** Fit given when the volunteer's or the task's position is unknown. */
    @WithDefault("0.5")
    double unknownDistanceFit();

    /** Fit given when the volunteer declared no availability. */
    @WithDefault("0.5")
    double unknownAvailabilityFit();

    /** This many held tasks within the load horizon (or more) make the load fit 0. */
    @WithDefault("5")
    int loadCap();

    /** Tasks held within this many days before or after the window count as load. */
    @WithDefault("7")
    int loadHorizonDays();

    /** Candidates returned when the client does not ask for a number. */
    @WithDefault("10")
    int defaultCandidates();
}
