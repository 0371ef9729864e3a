package org.nuanxin.family.family;

import org.nuanxin.common.pii.ResidentIdNumber;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique request bodies for the registry's tests. */
final class FamilyFixtures {

    private FamilyFixtures() {
    }

    /** A valid identity number no other test uses: Siming area code, birth 1945–1964, random sequence. */
    static String newIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format("350203%04d%02d%02d%03d", 1945 + random.nextInt(20), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static Map<String, Object> member(String name, String relation, String idNumber) {
        return Map.of("name", name, "relation", relation, "idNumber", idNumber, "phone", "13959212345",
                "livingAlone", true);
    }

    static Map<String, Object> family(String districtCode, String street, Object... members) {
        return Map.of("category", "BEREAVED", "districtCode", districtCode, "street", street,
                "community", "龙头社区", "address", "龙头路 12 号 3 室", "members", java.util.List.of(members));
    }

    static Map<String, Object> simingFamily() {
        return family("350203", "鼓浪屿街道", member("王秀英", "MOTHER", newIdNumber()),
                member("李建国", "FATHER", newIdNumber()));
    }
}
