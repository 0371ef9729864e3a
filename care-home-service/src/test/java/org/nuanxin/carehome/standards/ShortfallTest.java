package org.nuanxin.carehome.standards;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortfallTest {

    private static List<Shortfall> of(int volunteers, int partners, int activities) {
        // the association's standard: 10 regular volunteers, 5 social organisations, 2 activities a month
        return Shortfall.of(new Measure(volunteers, partners, activities, YearMonth.of(2026, 10)), 10, 5, 2);
    }

    @Test
    void shouldMeetTheStandardAtExactlyTheMinimums() {
        assertEquals(List.of(), of(10, 5, 2));
    }

    @Test
    void shouldLackVolunteersAtNine() {
        assertEquals(List.of(Shortfall.REGULAR_VOLUNTEERS), of(9, 5, 2));
    }

    @Test
    void shouldLackPartnersAtFour() {
        assertEquals(List.of(Shortfall.PARTNER_ORGANISATIONS), of(10, 4, 2));
    }

    @Test
    void shouldLackActivitiesAtOneInTheMonth() {
        assertEquals(List.of(Shortfall.ACTIVITIES), of(10, 5, 1));
    }

    @Test
    void shouldNameEveryShortfallOfAnEmptySite() {
        assertEquals(List.of(Shortfall.REGULAR_VOLUNTEERS, Shortfall.PARTNER_ORGANISATIONS, Shortfall.ACTIVITIES),
                of(0, 0, 0));
    }
}
