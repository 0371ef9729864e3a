package org.nuanxin.family.family;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.outbox.OutboxEvent;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.common.security.Roles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registration commits with its event or not at all. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RegistrationAtomicityTest {

    @Inject
    FamilyService service;

    @Test
    @TestSecurity(user = "city", roles = Roles.CITY_COORDINATOR)
    void shouldPublishNothingWhenTheRegistrationRollsBack() {
        AtomicReference<UUID> rolledBack = new AtomicReference<>();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack.set(service.register(request()).id());
            throw new IllegalStateException("a later step of the same transaction fails");
        }));
        UUID committed = QuarkusTransaction.requiringNew().call(() -> service.register(request()).id());

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Family.count("id", rolledBack.get())));
        assertEquals(0, QuarkusTransaction.requiringNew().call(
                () -> OutboxEvent.count("aggregateId", rolledBack.get().toString())));
        try (EventTap tap = new EventTap("family.events")) {
            // the committed registration's event arrives; by then the rolled-back one would have too
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.family.family-registered.v1", committed),
                    Duration.ofSeconds(20)).size());
            List<?> ghost = tap.collect(EventTap.about(rolledBack.get()), Duration.ofSeconds(3));
            assertTrue(ghost.isEmpty(), "a rolled-back registration published " + ghost);
        }
    }

    private static RegisterFamilyRequest request() {
        return new RegisterFamilyRequest(FamilyCategory.DISABLED_CHILD, "350211", "集美街道", "岑西社区",
                "岑西路 8 号", List.of(new RegisterFamilyRequest.Member("陈美华", Relation.MOTHER,
                FamilyFixtures.newIdNumber(), "13806001234", false, List.of(), null)));
    }
}
