package org.nuanxin.carehome.site;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Valid request bodies with names no other test uses (site names are unique across the city). */
final class SiteFixtures {

    private SiteFixtures() {
    }

    static String uniqueName(String place) {
        return place + "暖心家园-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> site(String name, String districtCode, String street) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("districtCode", districtCode);
        body.put("street", street);
        body.put("address", "龙头路 28 号");
        body.put("openingHours", "周一至周五 8:30-17:30");
        body.put("featuredPractice", "三三制");
        body.put("demonstrationLevel", "STREET");
        body.put("latitude", 24.4474);
        body.put("longitude", 118.0672);
        return body;
    }

    static Map<String, Object> simingSite() {
        return site(uniqueName("鼓浪屿"), "350203", "鼓浪屿街道");
    }

    static Map<String, Object> huliSite() {
        Map<String, Object> body = site(uniqueName("殿前"), "350206", "殿前街道");
        body.put("featuredPractice", "暖心敬老餐厅");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
