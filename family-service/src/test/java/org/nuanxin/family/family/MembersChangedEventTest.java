package org.nuanxin.family.family;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.testing.CloudEvents;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.member;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

/** members-changed: the member list other services act on per person, with no personal information in it. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class MembersChangedEventTest {

    private static final String MEMBERS_CHANGED = "org.nuanxin.family.members-changed.v1";

    @Inject
    PiiCipher cipher;

    @Test
    void shouldListTheMembersOnRegistrationAndMarkThemInactiveOnClosure() {
        String city = Tokens.of("city");
        String mother = newIdNumber();
        String father = newIdNumber();
        var registered = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(family("350203", "鼓浪屿街道", member("王秀英", "MOTHER", mother), member("李建国", "FATHER", father)))
                .when().post("/api/families")
                .then().statusCode(201).extract();
        String familyId = registered.path("id");
        List<String> memberIds = registered.path("members.id");

        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("status", "DECEASED_HOUSEHOLD", "reason", "户内成员均已离世"))
                .when().post("/api/families/" + familyId + "/closure").then().statusCode(200);

        try (EventTap tap = new EventTap("family.events")) {
            List<CloudEvent> events = tap.await(EventTap.of(MEMBERS_CHANGED, familyId), 2, Duration.ofSeconds(20));
            assertEquals(2, events.size(), "one list at registration, one at closure");

            JsonNode first = CloudEvents.json(events.get(0));
            assertEquals(familyId, first.get("familyId").asText());
            assertEquals("BEREAVED", first.get("category").asText());
            JsonNode members = first.get("members");
            assertEquals(2, members.size());
            assertEquals(memberIds.get(0), members.get(0).get("memberId").asText());
            assertEquals("MOTHER", members.get(0).get("relation").asText());
            assertEquals(true, members.get(0).get("active").asBoolean());
            assertEquals(cipher.blindIndex(mother), members.get(0).get("idNumberIndex").asText());
            assertEquals("FATHER", members.get(1).get("relation").asText());
            assertEquals(cipher.blindIndex(father), members.get(1).get("idNumberIndex").asText());

            JsonNode closed = CloudEvents.json(events.get(1)).get("members");
            assertEquals(2, closed.size());
            assertFalse(closed.get(0).get("active").asBoolean());
            assertFalse(closed.get(1).get("active").asBoolean());

            for (CloudEvent event : events) {
                String data = CloudEvents.data(event);
                assertFalse(data.contains(mother) || data.contains(father), "no identity number in events");
                assertFalse(data.contains("王秀英") || data.contains("13959212345"), "no name or phone in events");
            }
        }
    }
}
