package org.nuanxin.family.family;

import org.nuanxin.common.pii.ResidentIdNumber;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique request bodies for the registry's tests. */
public final class FamilyFixtures {

    private FamilyFixtures() {
    }

    /** A valid identity number no other test uses: Siming area code, birth 1945–1964, random sequence. */
    public static String newIdNumber() {
        return idNumberBornIn(1945 + ThreadLocalRandom.current().nextInt(20));
    }

    /** A valid identity number of someone born early in {@code year} (so already of that age this year). */
    public static String idNumberBornIn(int year) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format("350203%04d%02d%02d%03d", year, 1 + random.nextInt(6),
                1 + random.nextInt(28), random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static Map<String, Object> member(String name, String relation, String idNumber) {
        return Map.of("name", name, "relation", relation, "idNumber", idNumber, "phone", "13959212345",
                "livingAlone", true);
    }

    public static Map<String, Object> family(String districtCode, String street, Object... members) {
        return Map.of("category", "BEREAVED", "districtCode", districtCode, "street", street,
                "community", "龙头社区", "address", "龙头路 12 号 3 室", "members", java.util.List.of(members));
    }

    public static Map<String, Object> simingFamily() {
        return family("350203", "鼓浪屿街道", member("王秀英", "MOTHER", newIdNumber()),
                member("李建国", "FATHER", newIdNumber()));
    }
}
