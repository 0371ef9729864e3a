package org.nuanxin.common.pii;

/** How sensitive identifiers appear in lists, logs and events: enough to recognise, never enough to use. */
public final class Masking {

    private Masking() {
    }

    /** {@code 35020319580512002X} → {@code 350203********002X}. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 13959212345} → {@code 139****2345}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
