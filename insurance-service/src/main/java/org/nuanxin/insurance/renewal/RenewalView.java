package org.nuanxin.insurance.renewal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * What a renewal run did: {@code renewed} people were insured for {@code year} by this run; {@code insured} are
 * insured for the year in all (earlier runs and enrolments during the year included). A second run renews nobody.
 */
@Schema(name = "Renewal")
public record RenewalView(
        @Schema(example = "2026") int year,
        @Schema(example = "5874") long renewed,
        @Schema(example = "5874") long insured,
        @Schema(example = "2026 年度续保 5874 人") String message,
        OffsetDateTime ranAt,
        @Schema(example = "city") String ranBy) {
}
