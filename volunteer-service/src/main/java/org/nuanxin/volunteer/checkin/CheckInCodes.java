package org.nuanxin.volunteer.checkin;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

/**
 * Rotating short codes in the manner of TOTP (RFC 6238): the code of time step {@code s} is the HOTP (RFC 4226)
 * value of the family's secret and {@code s}, with HMAC-SHA-256 and {@code digits} digits. A step lasts
 * {@code rotation}; a code is accepted for {@code validity} (at least one step) from the start of its step, so one
 * read at the door just before it rotated still works. Older codes, up to a day, are recognised as expired.
 */
public final class CheckInCodes {

    /** What a presented code is. */
    public enum Verdict { VALID, EXPIRED, WRONG }

    /** A code and the times it is shown and accepted. */
    public record Code(String value, Instant shownFrom, Instant rotatesAt, Instant acceptedUntil) {
    }

    private static final Duration EXPIRED_LOOKBACK = Duration.ofDays(1);

    private final long rotationSeconds;
    private final long validitySeconds;
    private final int digits;

    public CheckInCodes(Duration rotation, Duration validity, int digits) {
        if (rotation.getSeconds() < 1) {
            throw new IllegalArgumentException("code rotation must be at least a second");
        }
        if (digits < 4 || digits > 9) {
            throw new IllegalArgumentException("codes have 4 to 9 digits");
        }
        this.rotationSeconds = rotation.getSeconds();
        this.validitySeconds = Math.max(validity.getSeconds(), rotationSeconds);
        this.digits = digits;
    }

    public Code current(byte[] secret, Instant now) {
        long step = stepAt(now);
        Instant from = Instant.ofEpochSecond(step * rotationSeconds);
        return new Code(codeAt(secret, step), from, from.plusSeconds(rotationSeconds), from.plusSeconds(validitySeconds));
    }

    public Verdict verify(byte[] secret, String presented, Instant now) {
        if (presented == null || !presented.matches("\\d{" + digits + "}")) {
            return Verdict.WRONG;
        }
        long current = stepAt(now);
        long lookback = EXPIRED_LOOKBACK.getSeconds() / rotationSeconds;
        for (long step = current; step >= current - lookback; step--) {
            if (constantTimeEquals(codeAt(secret, step), presented)) {
                boolean stillAccepted = now.getEpochSecond() < step * rotationSeconds + validitySeconds;
                return stillAccepted ? Verdict.VALID : Verdict.EXPIRED;
            }
        }
        return Verdict.WRONG;
    }

    long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), rotationSeconds);
    }

    String codeAt(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            // dynamic truncation, RFC 4226 section 5.3
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
