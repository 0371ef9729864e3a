package org.nuanxin.volunteer.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.testing.Tokens;
import org.nuanxin.volunteer.expert.Expert;
import org.nuanxin.volunteer.family.FamilyDirectoryEntry;
import org.nuanxin.volunteer.task.Task;
import org.nuanxin.volunteer.testing.Families;
import org.nuanxin.volunteer.volunteer.Volunteer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small demo (60 members) generated into the shared test database, checked through the API. As a test with its
 * own profile it runs after the others, so it also shows the demo keeps to its own members and families' tasks.
 */
@QuarkusTest
@TestProfile(DemoDataTest.SmallDemo.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DemoDataTest {

    public static class SmallDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nuanxin.demo.enabled", "true", "nuanxin.demo.volunteers", "60",
                    "nuanxin.demo.tasks-per-day", "3", "nuanxin.demo.check-every", "1s");
        }
    }

    @Inject
    DemoData demo;

    private static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) Volunteer.getEntityManager().createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static void awaitPart(String part) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (count("SELECT count(*) FROM demo_run WHERE part = '" + part + "'") == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("demo part " + part + " was not generated");
            }
            Thread.sleep(500);
        }
    }

    @Test
    void shouldGenerateTheCorpsThePoolAndAMonthOfWorkOnceTheDirectoryHasFamilies() throws InterruptedException {
        Families.registered("350203");
        awaitPart(DemoData.PEOPLE);
        awaitPart(DemoData.WORK);

        assertEquals(220, QuarkusTransaction.requiringNew().call(() -> Expert.count("registeredBy", "demo")));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/experts/institutions")
                .then().statusCode(200).body("expertCount", everyItem(greaterThan(19)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Volunteer.count("registeredBy", "demo")) == 60);
        assertEquals(60, count("""
                SELECT count(*) FROM outbox_event WHERE event_type = 'org.nuanxin.volunteer.volunteer-registered.v1'
                AND aggregate_id IN (SELECT CAST(id AS text) FROM volunteer WHERE registered_by = 'demo')"""),
                "every demo member is announced like a registration");
        given().auth().oauth2(Tokens.of("city")).queryParam("size", 5).when().get("/api/volunteers")
                .then().statusCode(200).body("items.phoneMasked", everyItem(org.hamcrest.Matchers.matchesPattern("1[3-9]\\d\\*{4}\\d{4}")));
        given().auth().oauth2(Tokens.of("city")).when().get("/api/teams").then().statusCode(200)
                .body("size()", greaterThan(11));
        long tasks = QuarkusTransaction.requiringNew().call(() -> Task.count("createdBy", "demo"));
        long families = QuarkusTransaction.requiringNew().call(() -> FamilyDirectoryEntry.count("status", "ACTIVE"));
        assertTrue(tasks > 0 && families > 0, tasks + " tasks over " + families + " families");
        assertEquals(0, count("SELECT count(*) FROM (SELECT t1.id FROM task t1 JOIN task t2 ON t1.volunteer_id = t2.volunteer_id "
                + "AND t1.id <> t2.id AND t1.status IN ('ASSIGNED','ACCEPTED','CHECKED_IN') AND t2.status IN ('ASSIGNED','ACCEPTED','CHECKED_IN') "
                + "AND t1.window_start < t2.window_end AND t2.window_start < t1.window_end WHERE t1.created_by = 'demo') clash"),
                "no demo member is double-booked");
        assertTrue(count("SELECT count(*) FROM service_hour_entry e JOIN task t ON t.id = e.task_id "
                + "WHERE t.checked_in_at IS NULL") == 0, "hours only from check-ins");
        assertEquals(2, count("SELECT count(*) FROM call_campaign WHERE name IN ('寒潮关怀电话（思明区）', '年度免费体检提醒')"));

        long volunteersBefore = QuarkusTransaction.requiringNew().call(() -> Volunteer.count());
        long tasksBefore = QuarkusTransaction.requiringNew().call(() -> Task.count());
        demo.generateWhenReady();
        assertEquals(volunteersBefore, QuarkusTransaction.requiringNew().call(() -> Volunteer.count()), "runs once");
        assertEquals(tasksBefore, QuarkusTransaction.requiringNew().call(() -> Task.count()), "runs once");
    }
}
