package org.nuanxin.family.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nuanxin.family.family.FamilyFixtures.family;
import static org.nuanxin.family.family.FamilyFixtures.member;
import static org.nuanxin.family.family.FamilyFixtures.newIdNumber;

/** The access audit as an auditor uses it: every full read is there, findable, and nobody can rewrite it. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class AccessAuditLogTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource database;

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(family("350203", "中华街道", member("许桂芳", "MOTHER", newIdNumber())))
                .when().post("/api/families").then().statusCode(201).extract().path("id");
    }

    private static void readFull(String token, String familyId, String purpose) {
        given().auth().oauth2(token).queryParam("purpose", purpose)
                .when().get("/api/families/" + familyId + "/full").then().statusCode(200);
    }

    @Test
    void shouldWriteOneEntryForEveryFullRead() {
        String city = Tokens.of("city");
        String familyId = register(city);
        readFull(city, familyId, "核对医保信息");
        readFull(city, familyId, "核对医保信息");
        readFull(Tokens.of("siming"), familyId, "电话回访前核对号码");

        given().auth().oauth2(Tokens.of("auditor")).queryParam("familyId", familyId)
                .when().get("/api/access-audit")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.actor", equalTo(List.of("siming", "city", "city")));
    }

    @Test
    void shouldLetTheAuditorSearchByReaderAndTimeWindow() {
        String siming = Tokens.of("siming");
        String familyId = register(siming);
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        readFull(siming, familyId, "安排陪诊");
        String auditor = Tokens.of("auditor");

        given().auth().oauth2(auditor).queryParam("familyId", familyId).queryParam("actor", "siming")
                .queryParam("from", before.toString())
                .when().get("/api/access-audit")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].purpose", equalTo("安排陪诊")).body("items[0].districtCode", equalTo("350203"));
        given().auth().oauth2(auditor).queryParam("familyId", familyId).queryParam("actor", "city")
                .when().get("/api/access-audit").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(auditor).queryParam("familyId", familyId).queryParam("to", before.toString())
                .when().get("/api/access-audit").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(auditor).queryParam("familyId", familyId)
                .queryParam("from", before.plusYears(1).withOffsetSameInstant(ZoneOffset.ofHours(8)).toString())
                .when().get("/api/access-audit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldNameTheTimeFilterThatIsNoTime() {
        given().auth().oauth2(Tokens.of("auditor")).queryParam("from", "yesterday")
                .when().get("/api/access-audit")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("from"));
    }

    @Test
    void shouldOfferNoOperationThatChangesOrRemovesAnEntry() {
        String city = Tokens.of("city");
        String familyId = register(city);
        readFull(city, familyId, "核对");
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            int status = given().auth().oauth2(city).contentType(ContentType.JSON).body(Map.of("purpose", "改写"))
                    .when().request(method, "/api/access-audit").then().contentType(PROBLEM).extract().statusCode();
            assertEquals(405, status, method + " on the log");
        }
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/access-audit'", not(hasKey("put")))
                .body("paths.'/api/access-audit'", not(hasKey("patch")))
                .body("paths.'/api/access-audit'", not(hasKey("delete")))
                .body("paths.'/api/access-audit'", not(hasKey("post")));
        given().auth().oauth2(city).queryParam("familyId", familyId).when().get("/api/access-audit")
                .then().body("items[0].purpose", equalTo("核对"));
    }

    /** Not even the service's own database account can rewrite history: the table refuses it. */
    @Test
    void shouldRefuseUpdateDeleteAndTruncateInTheDatabase() throws SQLException {
        String city = Tokens.of("city");
        String familyId = register(city);
        readFull(city, familyId, "核对");
        for (String sql : List.of(
                "UPDATE access_audit SET actor = 'nobody' WHERE family_id = '" + familyId + "'",
                "DELETE FROM access_audit WHERE family_id = '" + familyId + "'",
                "TRUNCATE access_audit CASCADE")) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        given().auth().oauth2(Tokens.of("auditor")).queryParam("familyId", familyId).when().get("/api/access-audit")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].actor", equalTo("city"));
    }
}
