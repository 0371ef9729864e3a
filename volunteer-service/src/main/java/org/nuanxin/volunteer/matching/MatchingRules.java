package org.nuanxin.volunteer.matching;

import org.nuanxin.volunteer.geo.Haversine;
import org.nuanxin.volunteer.volunteer.AvailabilitySlot;
import org.nuanxin.volunteer.volunteer.PartOfDay;
import org.nuanxin.volunteer.volunteer.Skill;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks eligible volunteers for a task. Each part is a fit between 0 and 1:
 * <ul>
 *   <li>skill = needed skills the volunteer has / needed skills (the task kind's own skill plus those asked for);</li>
 *   <li>distance = max(0, 1 − km / distanceScaleKm) between the volunteer's base and the task's place, or
 *       unknownDistanceFit when either is unknown;</li>
 *   <li>availability = the share of the weekly slots touched by the window that the volunteer declared, or
 *       unknownAvailabilityFit when they declared none;</li>
 *   <li>load = 1 − min(held tasks around the window, loadCap) / loadCap;</li>
 *   <li>dialect = 1 when the task asks for no dialect or the volunteer speaks it, else 0.</li>
 * </ul>
 * score = Σ weightᵢ · fitᵢ / Σ weightᵢ. Ties go to the better skill fit, then the lighter load, then the name.
 */
public final class MatchingRules {

    static final ZoneId XIAMEN = ZoneId.of("Asia/Shanghai");

    private final MatchingConfig config;

    public MatchingRules(MatchingConfig config) {
        this.config = config;
    }

    public List<Candidate> rank(TaskNeeds task, List<CandidateFacts> candidates, int limit) {
        record Scored(CandidateFacts facts, double score, double skill, Double km, double distance,
                      double availability, double load, double dialect) {
        }
        double totalWeight = config.skillWeight() + config.distanceWeight() + config.availabilityWeight()
                + config.loadWeight() + config.dialectWeight();
        List<Scored> scored = new ArrayList<>();
        for (CandidateFacts facts : candidates) {
            double skill = skillFit(task.skills(), facts.skills());
            Double km = distanceKm(task, facts);
            double distance = km == null ? config.unknownDistanceFit() : Math.max(0, 1 - km / config.distanceScaleKm());
            double availability = availabilityFit(task.slots(), facts.availability());
            double load = loadFit(facts.load());
            double dialect = task.preferredDialect() == null || facts.dialects().contains(task.preferredDialect()) ? 1 : 0;
            double score = (config.skillWeight() * skill + config.distanceWeight() * distance
                    + config.availabilityWeight() * availability + config.loadWeight() * load
                    + config.dialectWeight() * dialect) / totalWeight;
            scored.add(new Scored(facts, score, skill, km, distance, availability, load, dialect));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::skill).reversed())
                .thenComparingInt(s -> s.facts().load())
                .thenComparing(s -> s.facts().name())
                .thenComparing(s -> s.facts().volunteerId()));
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            Scored s = scored.get(i);
            ranked.add(new Candidate(i + 1, s.facts().volunteerId(), s.facts().name(), round(s.score()), round(s.skill()),
                    s.km() == null ? null : Math.round(s.km() * 10) / 10.0, round(s.distance()), round(s.availability()),
                    s.facts().load(), round(s.load()), s.dialect()));
        }
        return ranked;
    }

    static double skillFit(Set<Skill> needed, Set<Skill> offered) {
        if (needed.isEmpty()) {
            return 1;
        }
        return (double) needed.stream().filter(offered::contains).count() / needed.size();
    }

    double availabilityFit(Set<AvailabilitySlot> touched, Set<AvailabilitySlot> declared) {
        if (declared.isEmpty()) {
            return config.unknownAvailabilityFit();
        }
        if (touched.isEmpty()) {
            return 1;
        }
        return (double) touched.stream().filter(declared::contains).count() / touched.size();
    }

    double loadFit(int load) {
        if (config.loadCap() <= 0) {
            return 1;
        }
        return 1 - (double) Math.min(load, config.loadCap()) / config.loadCap();
    }

    private static Double distanceKm(TaskNeeds task, CandidateFacts facts) {
        if (task.latitude() == null || task.longitude() == null || facts.latitude() == null || facts.longitude() == null) {
            return null;
        }
        return Haversine.metres(task.latitude(), task.longitude(), facts.latitude(), facts.longitude()) / 1000;
    }

    /** The weekly slots (in Xiamen time) a window touches, hour by hour from its start to its end. */
    public static Set<AvailabilitySlot> slotsOf(OffsetDateTime start, OffsetDateTime end) {
        Set<AvailabilitySlot> slots = new LinkedHashSet<>();
        ZonedDateTime at = start.atZoneSameInstant(XIAMEN);
        ZonedDateTime last = end.atZoneSameInstant(XIAMEN).minusNanos(1);
        while (!at.isAfter(last)) {
            slots.add(new AvailabilitySlot(at.getDayOfWeek(), PartOfDay.of(at.toLocalTime())));
            at = at.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        }
        return slots;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
