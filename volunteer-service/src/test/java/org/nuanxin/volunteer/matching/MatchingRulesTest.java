package org.nuanxin.volunteer.matching;

import org.junit.jupiter.api.Test;
import org.nuanxin.volunteer.volunteer.AvailabilitySlot;
import org.nuanxin.volunteer.volunteer.PartOfDay;
import org.nuanxin.volunteer.volunteer.Skill;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingRulesTest {

    /** The documented defaults. */
    static final MatchingConfig DEFAULTS = new MatchingConfig() {
        public double skillWeight() { return 0.35; }
        public double distanceWeight() { return 0.25; }
        public double availabilityWeight() { return 0.20; }
        public double loadWeight() { return 0.10; }
        public double dialectWeight() { return 0.10; }
        public double distanceScaleKm() { return 10; }
        public double unknownDistanceFit() { return 0.5; }
        public double unknownAvailabilityFit() { return 0.5; }
        public int loadCap() { return 5; }
        public int loadHorizonDays() { return 7; }
        public int defaultCandidates() { return 10; }
    };

    private static final AvailabilitySlot TUESDAY_MORNING = new AvailabilitySlot(DayOfWeek.TUESDAY, PartOfDay.MORNING);
    private static final double HOME_LAT = 24.4486;
    private static final double HOME_LON = 118.1327;

    private final MatchingRules rules = new MatchingRules(DEFAULTS);

    private static TaskNeeds visit(String dialect) {
        return new TaskNeeds(Set.of(Skill.HOME_VISIT, Skill.PSYCHOLOGICAL_SUPPORT), Set.of(TUESDAY_MORNING), HOME_LAT,
                HOME_LON, dialect);
    }

    private static CandidateFacts facts(String name, Set<Skill> skills, Set<String> dialects, Set<AvailabilitySlot> slots,
                                        Double lat, Double lon, int load) {
        return new CandidateFacts(UUID.nameUUIDFromBytes(name.getBytes()), name, skills, dialects, slots, lat, lon, load);
    }

    /** A perfect candidate: every skill, at the door, free, idle, speaks 闽南话. */
    private static CandidateFacts perfect(String name) {
        return facts(name, Set.of(Skill.HOME_VISIT, Skill.PSYCHOLOGICAL_SUPPORT), Set.of("闽南话"), Set.of(TUESDAY_MORNING),
                HOME_LAT, HOME_LON, 0);
    }

    @Test
    void shouldScoreAPerfectCandidateOne() {
        Candidate top = rules.rank(visit("闽南话"), List.of(perfect("甲")), 10).get(0);
        assertEquals(1.0, top.score(), 1e-9);
        assertEquals(1, top.rank());
        assertEquals(0.0, top.distanceKm(), 1e-9);
    }

    @Test
    void shouldRankSkillFitAboveEverythingElseAtTheDefaults() {
        CandidateFacts halfSkilledButPerfectOtherwise = facts("乙", Set.of(Skill.HOME_VISIT), Set.of("闽南话"),
                Set.of(TUESDAY_MORNING), HOME_LAT, HOME_LON, 0);
        CandidateFacts skilledButFarAndBusy = facts("丙", Set.of(Skill.HOME_VISIT, Skill.PSYCHOLOGICAL_SUPPORT), Set.of("闽南话"),
                Set.of(TUESDAY_MORNING), HOME_LAT + 0.045, HOME_LON, 2);
        List<Candidate> ranked = rules.rank(visit("闽南话"), List.of(halfSkilledButPerfectOtherwise, skilledButFarAndBusy), 10);
        // 乙: 0.35·0.5 + 0.25 + 0.2 + 0.1 + 0.1 = 0.825; 丙 (5 km, 2 tasks): 0.35 + 0.25·0.5 + 0.2 + 0.1·0.6 + 0.1 = 0.835
        assertEquals(List.of("丙", "乙"), ranked.stream().map(Candidate::name).toList());
        assertEquals(0.835, ranked.get(0).score(), 0.002);
        assertEquals(0.825, ranked.get(1).score(), 1e-9);
    }

    @Test
    void shouldPreferTheNearerOfTwoOtherwiseEqualCandidates() {
        CandidateFacts near = facts("近", Set.of(Skill.HOME_VISIT), Set.of(), Set.of(), HOME_LAT + 0.009, HOME_LON, 0);
        CandidateFacts far = facts("远", Set.of(Skill.HOME_VISIT), Set.of(), Set.of(), HOME_LAT + 0.054, HOME_LON, 0);
        List<Candidate> ranked = rules.rank(visit(null), List.of(far, near), 10);
        assertEquals("近", ranked.get(0).name());
        assertEquals(1.0, ranked.get(0).distanceKm(), 0.05);
        assertEquals(0.9, ranked.get(0).distanceFit(), 0.01);
        assertEquals(6.0, ranked.get(1).distanceKm(), 0.05);
    }

    @Test
    void shouldGiveNothingForDistanceBeyondTheScale() {
        CandidateFacts tongan = facts("远", Set.of(Skill.HOME_VISIT), Set.of(), Set.of(), 24.73, 118.15, 0);
        assertEquals(0.0, rules.rank(visit(null), List.of(tongan), 1).get(0).distanceFit());
    }

    @Test
    void shouldGiveTheUnknownFitWhenAPositionIsMissing() {
        CandidateFacts unknown = facts("无位置", Set.of(Skill.HOME_VISIT), Set.of(), Set.of(), null, null, 0);
        Candidate candidate = rules.rank(visit(null), List.of(unknown), 1).get(0);
        assertNull(candidate.distanceKm());
        assertEquals(0.5, candidate.distanceFit());
        TaskNeeds nowhere = new TaskNeeds(Set.of(Skill.HOME_VISIT), Set.of(), null, null, null);
        assertEquals(0.5, rules.rank(nowhere, List.of(perfect("甲")), 1).get(0).distanceFit());
    }

    @Test
    void shouldPreferTheLighterLoadAndFloorItAtTheCap() {
        CandidateFacts idle = perfect("闲");
        CandidateFacts busy = facts("忙", idle.skills(), idle.dialects(), idle.availability(), HOME_LAT, HOME_LON, 9);
        List<Candidate> ranked = rules.rank(visit("闽南话"), List.of(busy, idle), 10);
        assertEquals("闲", ranked.get(0).name());
        assertEquals(0.0, ranked.get(1).loadFit());
        assertEquals(0.9, ranked.get(1).score(), 1e-9);
    }

    @Test
    void shouldCountOnlyTheSlotsTheWindowTouches() {
        AvailabilitySlot tuesdayAfternoon = new AvailabilitySlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON);
        TaskNeeds spanning = new TaskNeeds(Set.of(Skill.HOME_VISIT), Set.of(TUESDAY_MORNING, tuesdayAfternoon), null, null, null);
        CandidateFacts mornings = facts("上午", Set.of(Skill.HOME_VISIT), Set.of(), Set.of(TUESDAY_MORNING), null, null, 0);
        CandidateFacts silent = facts("未填", Set.of(Skill.HOME_VISIT), Set.of(), Set.of(), null, null, 0);
        CandidateFacts evenings = facts("晚上", Set.of(Skill.HOME_VISIT), Set.of(),
                Set.of(new AvailabilitySlot(DayOfWeek.TUESDAY, PartOfDay.EVENING)), null, null, 0);
        List<Candidate> ranked = rules.rank(spanning, List.of(evenings, silent, mornings), 10);
        assertEquals(List.of(0.5, 0.5, 0.0), ranked.stream().map(Candidate::availabilityFit).toList());
        assertEquals("晚上", ranked.get(2).name());
    }

    @Test
    void shouldPutTheDialectSpeakerFirstWhenTheTaskAsksForIt() {
        CandidateFacts mandarin = facts("普", Set.of(Skill.HOME_VISIT), Set.of("普通话"), Set.of(), null, null, 0);
        CandidateFacts minnan = facts("闽", Set.of(Skill.HOME_VISIT), Set.of("闽南话"), Set.of(), null, null, 0);
        assertEquals("闽", rules.rank(visit("闽南话"), List.of(mandarin, minnan), 10).get(0).name());
        List<Candidate> noPreference = rules.rank(visit(null), List.of(mandarin, minnan), 10);
        assertEquals(noPreference.get(0).score(), noPreference.get(1).score());
    }

    @Test
    void shouldBreakTiesByName() {
        List<Candidate> ranked = rules.rank(visit(null), List.of(perfect("王"), perfect("李"), perfect("陈")), 10);
        assertEquals(List.of("李", "王", "陈"), ranked.stream().map(Candidate::name).sorted().toList());
        assertEquals(ranked.stream().map(Candidate::name).sorted().toList(), ranked.stream().map(Candidate::name).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(Candidate::rank).toList());
    }

    @Test
    void shouldReturnAtMostTheLimitAndNothingForNoCandidates() {
        assertEquals(2, rules.rank(visit(null), List.of(perfect("甲"), perfect("乙"), perfect("丙")), 2).size());
        assertTrue(rules.rank(visit(null), List.of(), 10).isEmpty());
    }

    @Test
    void shouldTreatATaskNeedingNoSkillsAsAFullSkillFit() {
        assertEquals(1.0, MatchingRules.skillFit(Set.of(), Set.of()));
    }

    @Test
    void shouldFindTheSlotsOfAWindowInXiamenTime() {
        // 2026-12-01 is a Tuesday; 03:00Z is 11:00 in Xiamen, 05:00Z is 13:00
        Set<AvailabilitySlot> slots = MatchingRules.slotsOf(OffsetDateTime.of(2026, 12, 1, 3, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 12, 1, 5, 0, 0, 0, ZoneOffset.UTC));
        assertEquals(Set.of(TUESDAY_MORNING, new AvailabilitySlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), slots);
        Set<AvailabilitySlot> morningOnly = MatchingRules.slotsOf(OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.ofHours(8)));
        assertEquals(Set.of(TUESDAY_MORNING), morningOnly);
    }
}
