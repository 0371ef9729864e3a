package org.nuanxin.volunteer.hours;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.volunteer.task.TaskKind;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A volunteer's ledger: totals, star level and the latest rows. */
@Schema(name = "ServiceHours")
public record ServiceHoursView(
        @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
        @Schema(example = "林美玲") String name,
        @Schema(example = "6150") long totalMinutes,
        @Schema(description = "小时，一位小数", example = "102.5") String totalHours,
        @Schema(example = "1") int starLevel,
        @Schema(example = "一星") String starName,
        @Schema(description = "下一星级所需小时；已最高为空", example = "300") Integer nextStarAtHours,
        @Schema(description = "经核验签到的服务次数", example = "48") long services,
        @Schema(description = "最近的记录，新的在前") List<Entry> entries) {

    @Schema(name = "ServiceHourEntry")
    public record Entry(UUID id, @Schema(example = "CHECK_IN") ServiceHourEntry.Source source,
                        @Schema(nullable = true, description = "空为人工更正") UUID taskId,
                        @Schema(example = "HOME_VISIT", nullable = true) TaskKind taskKind,
                        @Schema(example = "2026-12-02T09:02:00+08:00", nullable = true) OffsetDateTime startedAt,
                        @Schema(example = "2026-12-02T10:32:00+08:00", nullable = true) OffsetDateTime endedAt,
                        @Schema(example = "90") int minutes,
                        OffsetDateTime creditedAt) {
    }
}
