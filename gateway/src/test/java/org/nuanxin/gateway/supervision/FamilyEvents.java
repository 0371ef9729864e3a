package org.nuanxin.gateway.supervision;

import org.nuanxin.common.testing.EventWriter;

/** Plays family-service: writes family events straight onto the real broker. */
final class FamilyEvents {

    private FamilyEvents() {
    }

    static String familyRegistered(String eventId, String familyId, String district, String category) {
        return """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-registered.v1","subject":"%s",
                 "time":"2026-11-29T08:00:00Z","datacontenttype":"application/json",
                 "data":{"familyId":"%s","category":"%s","districtCode":"%s","street":"集美街道",
                         "community":"岑西社区","memberCount":2,"registeredAt":"2026-11-29T08:00:00Z"}}
                """.formatted(eventId, familyId, familyId, category, district);
    }

    static String familyClosed(String eventId, String familyId, String district, String category) {
        return """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-closed.v1","subject":"%s","time":"2026-11-29T09:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"familyId":"%s","category":"%s","districtCode":"%s","status":"MOVED_AWAY",
                         "closedAt":"2026-11-29T09:00:00Z"}}
                """.formatted(eventId, familyId, familyId, category, district);
    }

    static String familyUpdated(String eventId, String familyId, String district, String category, String previous) {
        return """
                {"specversion":"1.0","id":"%s","source":"/nuanxin/family-service",
                 "type":"org.nuanxin.family.family-updated.v1","subject":"%s","time":"2026-11-29T09:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"familyId":"%s","category":"%s","previousCategory":"%s","districtCode":"%s",
                         "street":"海沧街道","community":"海虹社区"}}
                """.formatted(eventId, familyId, familyId, category, previous, district);
    }

    static void publish(String key, String value) {
        EventWriter.send("family.events", key, value);
    }
}
