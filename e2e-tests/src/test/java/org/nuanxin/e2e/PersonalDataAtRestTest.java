package org.nuanxin.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data the way it is used: a coordinator registers a family with identity numbers and phones, its
 * guardian and liaison, enrols a member in the insurance and registers a volunteer; a hospital checks the green
 * channel and claims for the member; coordinators, the auditor and the hospital read what they may. Then each
 * service's database is read directly, as someone with a copy of it would: every identity number and phone is
 * ciphertext, and no table of any service holds one of them in clear. The responses, logs and events of this
 * journey are material for {@link PiiLeakScanTest}.
 */
class PersonalDataAtRestTest {

    private static final String CIPHERTEXT = "v1:";

    private static String familyId;
    private static final List<String> plainValues = new ArrayList<>();
    private static String motherId;
    private static String motherPhone;
    private static String fatherId;
    private static String fatherPhone;
    private static String guardianPhone;
    private static String liaisonPhone;
    private static String enrolledId;
    private static String enrolmentId;
    private static String volunteerPhone;
    private static String volunteerId;

    @BeforeAll
    static void registerPeopleAcrossTheServices() throws Exception {
        RunningSystem.start();
        String city = WalkingSkeletonTest.token("city");
        motherId = WalkingSkeletonTest.newIdNumber();
        fatherId = WalkingSkeletonTest.newIdNumber();
        enrolledId = WalkingSkeletonTest.newIdNumber();
        motherPhone = newMobile();
        fatherPhone = newMobile();
        guardianPhone = newMobile();
        liaisonPhone = newMobile();
        volunteerPhone = newMobile();
        plainValues.addAll(List.of(motherId, fatherId, enrolledId, motherPhone, fatherPhone, guardianPhone,
                liaisonPhone, volunteerPhone));

        familyId = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("category", "BEREAVED", "districtCode", "350203", "street", "鹭江街道",
                        "community", "鹭江社区", "address", "鹭江道 18 号 702 室",
                        "members", List.of(
                                Map.of("name", "陈秀英", "relation", "MOTHER", "idNumber", motherId,
                                        "phone", motherPhone, "livingAlone", false),
                                Map.of("name", "林国平", "relation", "FATHER", "idNumber", fatherId,
                                        "phone", fatherPhone, "livingAlone", false))))
                .when().post("/api/family/families").then().statusCode(201).extract().path("id");
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("name", "陈立新", "relationship", "RELATIVE", "phone", guardianPhone, "maySign", true,
                        "priority", 1))
                .when().post("/api/family/families/" + familyId + "/guardians").then().statusCode(201);
        given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("name", "郑丽娟", "phone", liaisonPhone))
                .when().put("/api/family/families/" + familyId + "/liaisons/COMMUNITY_WORKER").then().statusCode(200);

        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        enrolmentId = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("familyId", familyId, "name", "林小梅", "identityNumber", enrolledId,
                        "coveredFrom", today.minusDays(30).toString()))
                .when().post("/api/insurance/enrolments").then().statusCode(201).extract().path("id");
        volunteerId = given().auth().oauth2(city).contentType(ContentType.JSON)
                .body(Map.of("name", "黄丽华", "phone", volunteerPhone, "districtCode", "350203", "kind", "VOLUNTEER",
                        "skills", List.of("PHONE_CONTACT")))
                .when().post("/api/volunteer/volunteers").then().statusCode(201).extract().path("id");

        String hospital = hospitalToken();
        given().auth().oauth2(hospital).contentType(ContentType.JSON).body(Map.of("identityNumber", enrolledId))
                .when().post("/api/insurance/green-channel/checks").then().statusCode(200)
                .body("entitled", notNullValue());
        String day = today.minusDays(2).toString();
        String claimId = given().auth().oauth2(hospital).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("patient", Map.of("identityNumber", enrolledId), "setting", "OUTPATIENT",
                        "admissionDate", day, "dischargeDate", day, "inpatientDays", 0, "diagnosisCodes", List.of("I10"),
                        "items", List.of(Map.of("code", "XC09AA02", "description", "依那普利片", "category", "MEDICINE",
                                "amount", "86.40"))))
                .when().post("/api/insurance/claims").then().statusCode(201).extract().path("id");
        given().auth().oauth2(hospital).when().get("/api/insurance/claims/" + claimId).then().statusCode(200);

        // what each role reads: masked everywhere but the audited full record
        String siming = WalkingSkeletonTest.token("siming");
        String auditor = WalkingSkeletonTest.token("auditor");
        for (String reader : List.of(city, siming, auditor)) {
            given().auth().oauth2(reader).when().get("/api/family/families/" + familyId).then().statusCode(200);
            given().auth().oauth2(reader).when().get("/api/family/families?q=陈秀英").then().statusCode(200);
        }
        // the city-wide readers: a district coordinator's view of these waits for the family's events to arrive
        for (String reader : List.of(city, auditor)) {
            given().auth().oauth2(reader).when().get("/api/insurance/enrolments/" + enrolmentId).then().statusCode(200);
            given().auth().oauth2(reader).when().get("/api/insurance/claims/" + claimId).then().statusCode(200);
            given().auth().oauth2(reader).when().get("/api/volunteer/volunteers/" + volunteerId).then().statusCode(200);
        }
        given().auth().oauth2(siming).when().get("/api/family/families/" + familyId + "/guardians").then().statusCode(200);
        given().auth().oauth2(siming).when().get("/api/family/families/" + familyId + "/liaisons").then().statusCode(200);
        given().auth().oauth2(siming).queryParam("purpose", "核对保险理赔信息")
                .when().get("/api/family/families/" + familyId + "/full")
                .then().statusCode(200).body("members.idNumber", hasItem(motherId));
    }

    @Test
    void shouldShowAMaskedIdentityNumberAndPhoneOutsideTheFullRecord() {
        given().auth().oauth2(WalkingSkeletonTest.token("auditor")).when().get("/api/family/families/" + familyId)
                .then().statusCode(200)
                .body("members.find { it.name == '陈秀英' }.idNumberMasked", equalTo(motherId.substring(0, 6) + "********"
                        + motherId.substring(14)))
                .body("members.find { it.name == '陈秀英' }.phoneMasked",
                        equalTo(motherPhone.substring(0, 3) + "****" + motherPhone.substring(7)));
    }

    @Test
    void shouldStoreFamilyMembersGuardiansAndLiaisonsIdentityNumbersAndPhonesAsCiphertext() throws SQLException {
        try (Connection family = database("family")) {
            List<Map<String, String>> members = rows(family,
                    "SELECT id_number_enc, phone_enc, row_to_json(m)::text AS whole FROM family_member m "
                            + "WHERE family_id = ?::uuid", familyId);
            assertEquals(2, members.size(), "both members are stored");
            for (Map<String, String> member : members) {
                assertCiphertext(member.get("id_number_enc"), member.get("whole"));
                assertCiphertext(member.get("phone_enc"), member.get("whole"));
            }
            List<Map<String, String>> guardians = rows(family,
                    "SELECT phone_enc, row_to_json(g)::text AS whole FROM family_guardian g WHERE family_id = ?::uuid",
                    familyId);
            assertEquals(1, guardians.size());
            assertCiphertext(guardians.get(0).get("phone_enc"), guardians.get(0).get("whole"));
            List<Map<String, String>> liaisons = rows(family,
                    "SELECT phone_enc, row_to_json(l)::text AS whole FROM family_liaison l WHERE family_id = ?::uuid",
                    familyId);
            assertEquals(1, liaisons.size());
            assertCiphertext(liaisons.get(0).get("phone_enc"), liaisons.get(0).get("whole"));
        }
    }

    @Test
    void shouldStoreTheInsuredPersonsIdentityNumberAsCiphertext() throws SQLException {
        try (Connection insurance = database("insurance")) {
            List<Map<String, String>> insured = rows(insurance,
                    "SELECT id_number_enc, name_enc, row_to_json(p)::text AS whole FROM insured_person p "
                            + "WHERE id = ?::uuid", enrolmentId);
            assertEquals(1, insured.size());
            assertCiphertext(insured.get(0).get("id_number_enc"), insured.get(0).get("whole"));
            assertCiphertext(insured.get(0).get("name_enc"), insured.get(0).get("whole"));
            assertFalse(insured.get(0).get("whole").contains("林小梅"), "the insured person's name is not in clear");
        }
    }

    @Test
    void shouldStoreTheVolunteersPhoneAsCiphertext() throws SQLException {
        try (Connection volunteer = database("volunteer")) {
            List<Map<String, String>> rows = rows(volunteer,
                    "SELECT phone_enc, row_to_json(v)::text AS whole FROM volunteer v WHERE id = ?::uuid", volunteerId);
            assertEquals(1, rows.size());
            assertCiphertext(rows.get(0).get("phone_enc"), rows.get(0).get("whole"));
        }
    }

    /**
     * Beyond the known columns: every row of every table of every service's database (outboxes, read models, the
     * gateway's projections, the insurance's copy of family events) holds none of this journey's identity numbers
     * or phones, nor any other full one.
     */
    @Test
    void shouldKeepNoIdentityNumberOrPhoneInClearInAnyTableOfAnyService() throws SQLException {
        List<String> leaks = new ArrayList<>();
        int rowsRead = 0;
        for (String database : List.of("family", "volunteer", "insurance", "carehome", "gateway")) {
            try (Connection connection = database(database)) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT table_name FROM information_schema.tables "
                                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = connection.createStatement().executeQuery(
                            "SELECT row_to_json(t)::text FROM \"" + table + "\" t")) {
                        while (rs.next()) {
                            rowsRead++;
                            String row = rs.getString(1);
                            for (String plain : plainValues) {
                                if (row.contains(plain)) {
                                    leaks.add(database + "." + table + " holds " + plain + " in clear");
                                }
                            }
                            PiiDetector.scan(row).forEach(finding -> leaks.add(database + "." + table + ": " + finding));
                        }
                    }
                }
            }
        }
        assertTrue(rowsRead > 20, "the scan read the journeys' rows, not empty databases: " + rowsRead);
        assertEquals(List.of(), leaks);
    }

    private static void assertCiphertext(String stored, String wholeRow) {
        assertAll(
                () -> assertTrue(stored != null && stored.startsWith(CIPHERTEXT), "stored as ciphertext: " + stored),
                () -> plainValues.forEach(plain -> assertFalse(wholeRow.contains(plain),
                        "the row holds " + plain + " in clear: " + wholeRow)));
    }

    static Connection database(String name) throws SQLException {
        var endpoints = RunningSystem.endpoints();
        return DriverManager.getConnection(endpoints.jdbcBaseUrl() + "/" + name, endpoints.dbUser(), endpoints.dbPassword());
    }

    private static List<Map<String, String>> rows(Connection connection, String sql, String id) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static String hospitalToken() {
        return given().baseUri(RunningSystem.endpoints().oidcUrl())
                .formParam("grant_type", "client_credentials").formParam("client_id", "hospital-xianyue")
                .formParam("client_secret", "xianyue-secret")
                .post("/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A mobile number no other journey uses, so a leak found is this journey's. */
    static String newMobile() {
        return "13" + (5 + ThreadLocalRandom.current().nextInt(5)) + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }
}
