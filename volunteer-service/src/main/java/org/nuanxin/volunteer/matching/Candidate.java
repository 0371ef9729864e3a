package org.nuanxin.volunteer.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A suggested volunteer with the parts of their score, so the coordinator sees why they rank where they do. */
@Schema(name = "Candidate")
public record Candidate(
        @Schema(example = "1") int rank,
        @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
        @Schema(example = "林美玲") String name,
        @Schema(description = "加权得分 0–1", example = "0.875") double score,
        @Schema(description = "所需技能覆盖率", example = "1.0") double skillFit,
        @Schema(description = "与服务地点的距离（公里）；位置未知为空", example = "1.8", nullable = true) Double distanceKm,
        @Schema(example = "0.82") double distanceFit,
        @Schema(description = "每周可服务时段覆盖任务时段的比例", example = "1.0") double availabilityFit,
        @Schema(description = "前后若干天内已有的任务数", example = "1") int load,
        @Schema(example = "0.8") double loadFit,
        @Schema(description = "会说任务要求的方言为 1", example = "1.0") double dialectFit) {
}
