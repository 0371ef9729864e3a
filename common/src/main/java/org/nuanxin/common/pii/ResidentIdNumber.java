package org.nuanxin.common.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A mainland resident identity number (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit
 * sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public enum Sex { MALE, FEMALE }

    public ResidentIdNumber {
        if (problemWith(value).isPresent()) {
            throw new IllegalArgumentException(problemWith(value).get());
        }
        value = value.toUpperCase();
    }

    /** Why {@code candidate} is not a valid identity number, in the words shown to the user; empty when it is. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || !candidate.matches("\\d{17}[0-9Xx]")) {
            return Optional.of("身份证号须为 18 位，前 17 位为数字，末位为数字或 X");
        }
        if (birthDateOf(candidate).isEmpty()) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (Character.toUpperCase(candidate.charAt(17)) != checkCharacter(candidate)) {
            return Optional.of("身份证号校验位错误");
        }
        return Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return problemWith(candidate).isEmpty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Optional<LocalDate> birthDateOf(String candidate) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now()) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The last four characters, the part a user may search by. */
    public String suffix() {
        return value.substring(14);
    }

    /** {@code 350203********0027}: area code and last four, the rest hidden. */
    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
