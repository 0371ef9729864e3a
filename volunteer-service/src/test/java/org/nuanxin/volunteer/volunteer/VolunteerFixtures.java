package org.nuanxin.volunteer.volunteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, unique request bodies for the register's tests. */
final class VolunteerFixtures {

    private VolunteerFixtures() {
    }

    /** A mobile number no other test uses (the register holds one entry per phone). */
    static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A name part no other test uses, for searches that must count exactly. */
    static String uniqueName() {
        return "测" + String.format("%4s", Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36)).replace(' ', '0');
    }

    static Map<String, Object> volunteer(String name, String phone, String districtCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("districtCode", districtCode);
        body.put("kind", "VOLUNTEER");
        body.put("skills", List.of("HOME_VISIT", "PSYCHOLOGICAL_SUPPORT"));
        body.put("qualifications", List.of("心理咨询师"));
        body.put("dialects", List.of("闽南话", "普通话"));
        return body;
    }

    static Map<String, Object> simingVolunteer() {
        return volunteer("林美玲", newPhone(), "350203");
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
