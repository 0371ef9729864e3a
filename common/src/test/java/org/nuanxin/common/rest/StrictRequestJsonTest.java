package org.nuanxin.common.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a request body may say for dates, times and yes/no, read as every service reads request bodies. */
class StrictRequestJsonTest {

    record Enrolment(LocalDate coveredFrom, OffsetDateTime windowStart, boolean livingAlone) {
    }

    private final ObjectMapper strict = new StrictRequestJson(new ObjectMapper().registerModule(new JavaTimeModule()))
            .getContext(Enrolment.class);

    @Test
    void shouldReadADateATimeWithOffsetAndABoolean() throws Exception {
        Enrolment read = strict.readValue(
                "{\"coveredFrom\":\"2026-01-15\",\"windowStart\":\"2026-01-15T09:00:00+08:00\",\"livingAlone\":true}",
                Enrolment.class);
        assertEquals(LocalDate.of(2026, 1, 15), read.coveredFrom());
        assertEquals(OffsetDateTime.parse("2026-01-15T09:00:00+08:00").toInstant(), read.windowStart().toInstant());
    }

    @Test
    void shouldRefuseATimeOrANumberForADate() {
        // Jackson would cut the first to 2026-01-15 in UTC and read the second as days since 1970
        for (String date : new String[] {"\"2026-01-15T09:00:00Z\"", "\"2026-01-15T09:00:00\"", "20468"}) {
            MismatchedInputException refused = assertThrows(MismatchedInputException.class,
                    () -> strict.readValue("{\"coveredFrom\":" + date + "}", Enrolment.class), date);
            assertEquals("coveredFrom", refused.getPath().get(0).getFieldName());
        }
    }

    @Test
    void shouldRefuseDigitsForATimeAndANumberForABoolean() {
        assertThrows(MismatchedInputException.class,
                () -> strict.readValue("{\"windowStart\":\"1700000000\"}", Enrolment.class));
        assertThrows(MismatchedInputException.class,
                () -> strict.readValue("{\"livingAlone\":2}", Enrolment.class));
    }

    @Test
    void shouldRefuseUnknownFieldsAndRepeatedKeys() {
        assertThrows(MismatchedInputException.class,
                () -> strict.readValue("{\"coveredFrom\":\"2026-01-15\",\"status\":\"PAID\"}", Enrolment.class));
        assertThrows(Exception.class,
                () -> strict.readValue("{\"coveredFrom\":\"2026-01-15\",\"coveredFrom\":\"2026-01-16\"}",
                        Enrolment.class));
    }
}
