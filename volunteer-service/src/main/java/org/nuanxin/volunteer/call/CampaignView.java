package org.nuanxin.volunteer.call;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A campaign with its progress, overall and per caller. */
@Schema(name = "Campaign")
public record CampaignView(
        @Schema(example = "b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e") UUID id,
        @Schema(example = "寒潮关怀电话") String name,
        @Schema(example = "WELFARE_CHECK") CallPurpose purpose,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "OPEN") CallCampaign.Status status,
        @Schema(example = "PT2H") String redeliveryDelay,
        @Schema(example = "3") int maxAttempts,
        @Schema(example = "2026-12-01T08:30:00+08:00") OffsetDateTime createdAt,
        Progress progress,
        List<CallerProgress> callers) {

    @Schema(name = "CampaignProgress")
    public record Progress(@Schema(example = "120") long total,
                           @Schema(example = "60") long pending,
                           @Schema(example = "2") long claimed,
                           @Schema(example = "50") long done,
                           @Schema(example = "8") long unreached,
                           @Schema(example = "5") long needsFollowUp,
                           @Schema(example = "190") long calls) {
    }

    @Schema(name = "CallerProgress")
    public record CallerProgress(@Schema(example = "siming") String caller,
                                 @Schema(example = "43") long callsToday,
                                 @Schema(example = "40") int dailyTarget,
                                 @Schema(example = "120") long calls,
                                 @Schema(example = "80") long reached) {
    }
}
