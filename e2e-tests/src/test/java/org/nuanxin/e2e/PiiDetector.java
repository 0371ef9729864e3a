package org.nuanxin.e2e;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full personal identifiers in any text: an 18-character mainland resident identity number whose birth date
 * is a real date and whose ISO 7064 MOD 11-2 check character is right, and an 11-digit mainland mobile number
 * ({@code 1[3-9]} and nine digits). A masked value ({@code 350203********002X}, {@code 139****1122}) is not one.
 * Letters or digits on either side make the run part of something else (a UUID group, a hash, a timestamp), so
 * only a run standing on its own counts.
 */
final class PiiDetector {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** One full identifier found: which kind, the value, and some text around it to find where it came from. */
    record Finding(String kind, String value, String context) {
        @Override
        public String toString() {
            return kind + " " + value + " in «" + context + "»";
        }
    }

    private PiiDetector() {
    }

    static List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            if (isIdentityNumber(id.group())) {
                findings.add(new Finding("identity number", id.group(), around(text, id.start(), id.end())));
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            findings.add(new Finding("mobile number", mobile.group(), around(text, mobile.start(), mobile.end())));
        }
        return findings;
    }

    static boolean isIdentityNumber(String candidate) {
        if (!candidate.matches("\\d{17}[0-9Xx]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == CHECK.charAt(sum % 11);
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 60)).replaceAll("\\s+", " ");
    }
}
