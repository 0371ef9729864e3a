package org.nuanxin.family.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.nuanxin.common.pii.PiiCipher;
import org.nuanxin.common.pii.ResidentIdNumber;
import org.nuanxin.common.testing.EventTap;
import org.nuanxin.common.testing.RealInfrastructure;
import org.nuanxin.family.contact.Contact;
import org.nuanxin.family.family.Family;
import org.nuanxin.family.family.FamilyMember;
import org.nuanxin.family.needs.RiskLevel;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class DemoRegistryTest {

    private static final Set<String> DISTRICTS = Set.of("350203", "350206", "350211", "350205", "350212", "350213");

    @Inject
    DemoRegistry registry;

    @Inject
    PiiCipher cipher;

    @Test
    void shouldWriteWholeFamiliesWithAYearOfContactsAndTheirEvents() {
        OffsetDateTime before = OffsetDateTime.now();
        long demoFamilies = QuarkusTransaction.requiringNew().call(() -> Family.count("registeredBy", "demo"));
        assertEquals(12, registry.generate(12, 99));

        QuarkusTransaction.requiringNew().run(() -> {
            List<Family> families = Family.list("registeredBy", "demo");
            assertEquals(demoFamilies + 12, families.size());
            for (Family family : families) {
                assertTrue(DISTRICTS.contains(family.districtCode), family.districtCode);
                assertFalse(family.members.isEmpty());
                for (FamilyMember member : family.members) {
                    String idNumber = cipher.decrypt(member.idNumberEncrypted);
                    assertTrue(ResidentIdNumber.isValid(idNumber), idNumber);
                    assertEquals(new ResidentIdNumber(idNumber).birthDate(), member.birthDate);
                    assertTrue(cipher.decrypt(member.phoneEncrypted).matches("1[3-9]\\d{9}"));
                }
                List<Contact> contacts = Contact.list("familyId", family.id);
                assertTrue(contacts.stream().allMatch(contact -> contact.contactedAt.isBefore(before)),
                        "nothing in the future");
                assertTrue(contacts.stream().allMatch(contact -> !contact.contactedAt.isBefore(
                        family.registeredAt.minusMinutes(1))), "nothing before the registration");
            }
            assertTrue(Contact.count("recordedBy = 'demo' AND kind = 'HOME_VISIT'") >= 12 * 3,
                    "a year of visits, give or take a neglected family");
            assertTrue(families.stream().anyMatch(family -> family.riskLevel != RiskLevel.UNASSESSED));
            assertNotEquals(0, families.stream().filter(family -> family.lastVisitAt != null).count());
        });

        Family one = QuarkusTransaction.requiringNew().call(() -> Family.<Family>find("registeredBy", "demo").firstResult());
        try (EventTap tap = new EventTap("family.events")) {
            assertEquals(1, tap.await(EventTap.of("org.nuanxin.family.family-registered.v1", one.id),
                    Duration.ofSeconds(30)).size(), "generated families are announced like registered ones");
        }
    }

    @Test
    void shouldGenerateNothingWhenTheRegistryHasFamilies() {
        QuarkusTransaction.requiringNew().run(() -> assertTrue(Family.count() > 0 || registry.generate(1, 1) == 1));
        assertEquals(0, registry.generateIfEmpty());
    }
}
