package org.nuanxin.volunteer.hours;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StarLevelsTest {

    private final StarLevels stars = new StarLevels(List.of(100, 300, 600, 1000, 1500));

    @Test
    void shouldHaveNoStarBelowAHundredHours() {
        assertEquals(0, stars.level(0));
        assertEquals(0, stars.level(100 * 60 - 1));
        assertEquals("未定级", StarLevels.name(0));
        assertEquals(100, stars.nextThresholdHours(0));
    }

    @Test
    void shouldReachEachLevelExactlyAtItsThreshold() {
        assertEquals(1, stars.level(100 * 60));
        assertEquals(2, stars.level(300 * 60));
        assertEquals(3, stars.level(600 * 60));
        assertEquals(4, stars.level(1000 * 60));
        assertEquals(5, stars.level(1500 * 60));
        assertEquals("五星", StarLevels.name(5));
    }

    @Test
    void shouldStayAtFiveStarsBeyondTheTopAndHaveNoNextThreshold() {
        assertEquals(5, stars.level(10_000 * 60));
        assertNull(stars.nextThresholdHours(1500 * 60));
        assertEquals(1000, stars.nextThresholdHours(999 * 60));
    }

    @Test
    void shouldTreatANegativeTotalAsNoStar() {
        assertEquals(0, stars.level(-30));
    }

    @Test
    void shouldRefuseThresholdsThatDoNotAscend() {
        assertThrows(IllegalArgumentException.class, () -> new StarLevels(List.of(100, 100, 600)));
    }
}
