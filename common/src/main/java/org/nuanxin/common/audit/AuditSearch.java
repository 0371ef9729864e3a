package org.nuanxin.common.audit;

import org.nuanxin.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * What the services' access-audit searches share. Each service keeps its own append-only log of full reads of its
 * records (family-service of family records, insurance-service of claims), written in the reading request and
 * refused UPDATE, DELETE and TRUNCATE by a trigger in its database.
 */
public final class AuditSearch {

    private AuditSearch() {
    }

    /** A time bound of a search ({@code from}, {@code to}), or null when not given; anything else names its field. */
    public static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // the '+' of an offset arrives as a space when the caller did not encode it
            return OffsetDateTime.parse(value.trim().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "须为带时区的 ISO-8601 时间，如 2025-07-01T00:00:00+08:00");
        }
    }
}
