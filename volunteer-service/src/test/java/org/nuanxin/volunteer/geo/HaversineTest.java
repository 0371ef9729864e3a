package org.nuanxin.volunteer.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HaversineTest {

    @Test
    void shouldBeZeroForThePlaceItself() {
        assertEquals(0, Haversine.metres(24.4486, 118.1327, 24.4486, 118.1327), 1e-6);
    }

    @Test
    void shouldMeasureAThousandthOfADegreeOfLatitudeAsAbout111Metres() {
        assertEquals(111.2, Haversine.metres(24.4486, 118.1327, 24.4496, 118.1327), 0.2);
    }

    @Test
    void shouldShrinkLongitudeDegreesWithLatitude() {
        // at Xiamen's latitude a thousandth of a degree of longitude is cos(24.45°) × 111.2 m
        assertEquals(101.3, Haversine.metres(24.4486, 118.1327, 24.4486, 118.1337), 0.3);
    }

    @Test
    void shouldMeasureGulangyuToJimeiAsAboutFifteenKilometres() {
        // 鼓浪屿 (24.4478, 118.0673) to 集美学村 (24.5776, 118.0974)
        assertEquals(14.7, Haversine.metres(24.4478, 118.0673, 24.5776, 118.0974) / 1000, 0.3);
    }

    @Test
    void shouldBeSymmetric() {
        assertEquals(Haversine.metres(24.45, 118.08, 24.60, 118.30), Haversine.metres(24.60, 118.30, 24.45, 118.08), 1e-9);
    }

    @Test
    void shouldHandleAntipodesWithoutNaN() {
        assertEquals(Math.PI * Haversine.EARTH_RADIUS_METRES, Haversine.metres(0, 0, 0, 180), 1);
    }
}
