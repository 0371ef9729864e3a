package org.nuanxin.volunteer.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A member of the corps as coordinators (and the member themselves) see it: phone masked. */
@Schema(name = "Volunteer")
public record VolunteerView(
        @Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID id,
        @Schema(example = "林美玲") String name,
        @Schema(example = "139****2345") String phoneMasked,
        @Schema(example = "350203") String districtCode,
        @Schema(example = "思明区") String districtName,
        @Schema(example = "VOLUNTEER") VolunteerKind kind,
        @Schema(example = "[\"HOME_VISIT\", \"PSYCHOLOGICAL_SUPPORT\"]") List<Skill> skills,
        @Schema(example = "[\"心理咨询师\"]") List<String> qualifications,
        @Schema(example = "[\"闽南话\", \"普通话\"]") List<String> dialects,
        @Schema(example = "ACTIVE") VolunteerStatus status,
        @Schema(example = "2026-11-28T09:30:00+08:00") OffsetDateTime registeredAt,
        @Schema(description = "登录账号（Keycloak preferred_username）；未开通为空", example = "linmeiling", nullable = true)
        String username,
        @Schema(example = "24.4480", nullable = true) Double latitude,
        @Schema(example = "118.0890", nullable = true) Double longitude,
        @Schema(description = "每周可服务时段") List<AvailabilitySlot> availability) {
}
