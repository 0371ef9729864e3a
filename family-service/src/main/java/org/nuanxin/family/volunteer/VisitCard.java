package org.nuanxin.family.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.family.needs.NeedArea;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The least a volunteer needs to serve a family on a task: where to go, whom to ask for, how to call ahead and
 * what to mind. No identity numbers, no health details, no bereavement dates.
 */
@Schema(name = "VisitCard")
public record VisitCard(
        @Schema(example = "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02") UUID familyId,
        @Schema(example = "8d3c1b7a-2f4e-4a9d-b6c5-1e0f9a8b7c6d") UUID taskId,
        @Schema(example = "HOME_VISIT") String taskKind,
        @Schema(example = "2026-12-01T09:00:00+08:00") OffsetDateTime windowStart,
        @Schema(example = "2026-12-01T11:00:00+08:00") OffsetDateTime windowEnd,
        @Schema(example = "思明区") String districtName,
        @Schema(example = "嘉莲街道") String street,
        @Schema(example = "莲花五村社区") String community,
        @Schema(example = "莲花五村 12 号 402 室") String address,
        List<Person> people,
        @Schema(description = "需要留意的方面（来自最近一次需求评估）", example = "[\"MEDICAL\", \"PSYCHOLOGICAL\"]")
        List<NeedArea> needs) {

    /** A parent or dependant as the volunteer addresses them. */
    @Schema(name = "VisitCardPerson")
    public record Person(
            @Schema(example = "陈美华") String name,
            @Schema(example = "MOTHER") String relation,
            @Schema(example = "78") int age,
            @Schema(example = "true") boolean livingAlone,
            @Schema(description = "提前电话联系用", example = "13806001234") String phone) {
    }
}
