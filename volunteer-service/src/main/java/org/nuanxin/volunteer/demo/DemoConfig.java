package org.nuanxin.volunteer.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data: off unless NUANXIN_DEMO_ENABLED=true (the launcher sets it). */
@ConfigMapping(prefix = "nuanxin.demo")
public interface DemoConfig {

    /** Generate the demo data once, into empty parts of the database. */
    @WithDefault("false")
    boolean enabled();

    /** Members of the corps (volunteers, social workers, project staff) across the six districts. */
    @WithDefault("3000")
    int volunteers();

    /** Experts of the pool, spread over the 11 partner institutions. */
    @WithDefault("220")
    int experts();

    /** Seed of the generator: the same seed gives the same people. */
    @WithDefault("20211118")
    long seed();

    /** Tasks per day over the demo month. */
    @WithDefault("24")
    int tasksPerDay();

    /** Days of past tasks (done, with hours and reports)… */
    @WithDefault("21")
    int pastDays();

    /** …and of coming ones. */
    @WithDefault("9")
    int futureDays();

    /** How often the generator looks whether the family directory has filled (a scheduler period, e.g. 10s). */
    @WithDefault("10s")
    String checkEvery();
}
