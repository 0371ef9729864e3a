package org.nuanxin.volunteer.checkin;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckInCodesTest {

    private static final byte[] SECRET = "a family's derived secret, 32 b".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");

    private final CheckInCodes codes = new CheckInCodes(Duration.ofMinutes(5), Duration.ofMinutes(10), 6);

    @Test
    void shouldGiveSixDigitsThatStayTheSameWithinAStep() {
        CheckInCodes.Code code = codes.current(SECRET, NOON);
        assertTrue(code.value().matches("\\d{6}"), code.value());
        assertEquals(code.value(), codes.current(SECRET, NOON.plusSeconds(299)).value());
        assertEquals(NOON.plusSeconds(300), code.rotatesAt());
        assertEquals(NOON.plusSeconds(600), code.acceptedUntil());
    }

    @Test
    void shouldRotateWithTheStep() {
        assertNotEquals(codes.current(SECRET, NOON).value(), codes.current(SECRET, NOON.plusSeconds(300)).value());
    }

    @Test
    void shouldDifferBetweenFamilies() {
        byte[] other = "another family's derived secret!".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(codes.current(SECRET, NOON).value(), codes.current(other, NOON).value());
    }

    @Test
    void shouldAcceptTheCurrentCodeAndTheOneJustRotatedOut() {
        String code = codes.current(SECRET, NOON).value();
        assertEquals(CheckInCodes.Verdict.VALID, codes.verify(SECRET, code, NOON.plusSeconds(10)));
        assertEquals(CheckInCodes.Verdict.VALID, codes.verify(SECRET, code, NOON.plusSeconds(599)));
    }

    @Test
    void shouldCallACodeExpiredOnceItsValidityIsOver() {
        String code = codes.current(SECRET, NOON).value();
        assertEquals(CheckInCodes.Verdict.EXPIRED, codes.verify(SECRET, code, NOON.plusSeconds(600)));
        assertEquals(CheckInCodes.Verdict.EXPIRED, codes.verify(SECRET, code, NOON.plus(Duration.ofHours(20))));
    }

    @Test
    void shouldCallACodeFromTheFutureOrOfAnotherFamilyWrong() {
        String next = codes.current(SECRET, NOON.plusSeconds(300)).value();
        assertEquals(CheckInCodes.Verdict.WRONG, codes.verify(SECRET, next, NOON));
        byte[] other = "another family's derived secret!".getBytes(StandardCharsets.UTF_8);
        assertEquals(CheckInCodes.Verdict.WRONG, codes.verify(other, codes.current(SECRET, NOON).value(), NOON));
    }

    @Test
    void shouldCallMalformedCodesWrong() {
        assertEquals(CheckInCodes.Verdict.WRONG, codes.verify(SECRET, null, NOON));
        assertEquals(CheckInCodes.Verdict.WRONG, codes.verify(SECRET, "12345", NOON));
        assertEquals(CheckInCodes.Verdict.WRONG, codes.verify(SECRET, "12a456", NOON));
    }

    @Test
    void shouldAcceptAtLeastOneFullStepWhenValidityIsShorterThanTheRotation() {
        CheckInCodes stingy = new CheckInCodes(Duration.ofMinutes(5), Duration.ofMinutes(1), 6);
        String code = stingy.current(SECRET, NOON).value();
        assertEquals(CheckInCodes.Verdict.VALID, stingy.verify(SECRET, code, NOON.plusSeconds(299)));
    }

    @Test
    void shouldMatchTheRfc4226TruncationWithLeadingZerosKept() {
        // eight-digit codes of consecutive steps are always eight characters, zeros included
        CheckInCodes eight = new CheckInCodes(Duration.ofSeconds(30), Duration.ofSeconds(30), 8);
        for (long step = 0; step < 200; step++) {
            assertEquals(8, eight.codeAt(SECRET, step).length());
        }
    }

    @Test
    void shouldRefuseNonsensicalSettings() {
        assertThrows(IllegalArgumentException.class, () -> new CheckInCodes(Duration.ZERO, Duration.ofMinutes(1), 6));
        assertThrows(IllegalArgumentException.class, () -> new CheckInCodes(Duration.ofMinutes(1), Duration.ofMinutes(1), 3));
    }
}
