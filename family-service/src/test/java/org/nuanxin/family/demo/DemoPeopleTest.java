package org.nuanxin.family.demo;

import org.junit.jupiter.api.Test;
import org.nuanxin.common.pii.ResidentIdNumber;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPeopleTest {

    @Test
    void shouldMakeValidIdentityNumbersOfTheRightBirthSexAndDistrictNeverTwice() {
        DemoPeople people = new DemoPeople(new Random(1));
        LocalDate birth = LocalDate.of(1948, 2, 29);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            boolean male = i % 2 == 0;
            String number = people.idNumber("350212", birth, male);
            assertTrue(ResidentIdNumber.isValid(number), number);
            ResidentIdNumber id = new ResidentIdNumber(number);
            assertEquals(birth, id.birthDate());
            assertEquals(male ? ResidentIdNumber.Sex.MALE : ResidentIdNumber.Sex.FEMALE, id.sex());
            assertTrue(number.startsWith("350212"));
            assertTrue(seen.add(number), "twice: " + number);
        }
    }

    @Test
    void shouldMakeTheSamePeopleFromTheSameSeed() {
        DemoPeople first = new DemoPeople(new Random(7));
        DemoPeople second = new DemoPeople(new Random(7));
        for (int i = 0; i < 20; i++) {
            String surname = first.surname();
            assertEquals(surname, second.surname());
            assertEquals(first.woman(surname), second.woman(surname));
            assertEquals(first.phone(), second.phone());
        }
    }

    @Test
    void shouldMakeElevenDigitMobileNumbers() {
        DemoPeople people = new DemoPeople(new Random(3));
        for (int i = 0; i < 200; i++) {
            assertTrue(people.phone().matches("1[3-9]\\d{9}"));
        }
    }
}
