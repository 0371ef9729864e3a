package org.nuanxin.common.pii;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    // 11010519491231002X is the standard's own worked example
    @Test
    void shouldAcceptTheStandardsExampleWithCheckCharacterX() {
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002x");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(ResidentIdNumber.Sex.FEMALE, id.sex());
    }

    @Test
    void shouldDeriveBirthDateAndSexFromTheNumber() {
        String first17 = "35020319580512003";
        ResidentIdNumber id = new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        assertEquals(LocalDate.of(1958, 5, 12), id.birthDate());
        assertEquals(ResidentIdNumber.Sex.MALE, id.sex());
    }

    @Test
    void shouldRejectAWrongCheckCharacter() {
        assertEquals("身份证号校验位错误", ResidentIdNumber.problemWith("110105194912310021").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new ResidentIdNumber("110105194912310021"));
    }

    @Test
    void shouldRejectImpossibleBirthDatesAndWrongLengths() {
        assertFalse(ResidentIdNumber.isValid("110105194902300021"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002"));
        assertFalse(ResidentIdNumber.isValid("1101051949123100211"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002Y"));
        assertFalse(ResidentIdNumber.isValid(null));
    }

    @Test
    void shouldNeverPrintTheFullNumber() {
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
        assertEquals("110105********002X", id.toString());
        assertTrue(id.toString().contains("*"));
    }

    @Test
    void shouldMaskPhoneNumbers() {
        assertEquals("139****2345", Masking.phone("13959212345"));
    }
}
