package org.nuanxin.common.pii;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PiiCipherTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private final PiiCipher cipher = new PiiCipher(KEY_A, KEY_B);

    @Test
    void shouldRoundTripChineseTextAndNeverRepeatACiphertext() {
        String first = cipher.encrypt("高血压，独居");
        String second = cipher.encrypt("高血压，独居");
        assertNotEquals(first, second);
        assertFalse(first.contains("高血压"));
        assertEquals("高血压，独居", cipher.decrypt(first));
    }

    @Test
    void shouldDetectATamperedCiphertext() {
        String sealed = cipher.encrypt("13959212345");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
    }

    @Test
    void shouldGiveTheSameBlindIndexForTheSameValueOnly() {
        assertEquals(cipher.blindIndex("13959212345"), cipher.blindIndex("13959212345"));
        assertNotEquals(cipher.blindIndex("13959212345"), cipher.blindIndex("13959212346"));
        assertNotEquals(new PiiCipher(KEY_B, KEY_A).blindIndex("13959212345"), cipher.blindIndex("13959212345"));
    }

    @Test
    void shouldRefuseKeysOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new PiiCipher("AAAA", KEY_B));
    }
}
