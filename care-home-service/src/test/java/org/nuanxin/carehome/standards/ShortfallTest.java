package org.nuanxin.carehome.standards;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortfallTest {

    @Test
    void shouldMeetTheStandardAtExactlyTheMinimums() {
        assertEquals(List.of(), Shortfall.of(10, 5, 10, 5));
    }

    @Test
    void shouldLackVolunteersAtNine() {
        assertEquals(List.of(Shortfall.REGULAR_VOLUNTEERS), Shortfall.of(9, 5, 10, 5));
    }

    @Test
    void shouldLackPartnersAtFour() {
        assertEquals(List.of(Shortfall.PARTNER_ORGANISATIONS), Shortfall.of(10, 4, 10, 5));
    }

    @Test
    void shouldNameBothShortfallsOfAnEmptySite() {
        assertEquals(List.of(Shortfall.REGULAR_VOLUNTEERS, Shortfall.PARTNER_ORGANISATIONS),
                Shortfall.of(0, 0, 10, 5));
    }
}
