package org.nuanxin.volunteer.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.volunteer.volunteer.VolunteerStatus;

import java.util.List;
import java.util.UUID;

/** A team and its members (names and statuses only). */
@Schema(name = "Team")
public record TeamView(
        @Schema(example = "8d2b6a1e-3f4c-4b5d-9e6f-7a8b9c0d1e2f") UUID id,
        @Schema(example = "思明区莲前暖心家园志愿队") String name,
        @Schema(description = "空为全市性队伍", example = "350203", nullable = true) String districtCode,
        @Schema(example = "莲前街道暖心家园", nullable = true) String siteName,
        @Schema(example = "12") int memberCount,
        List<Member> members) {

    @Schema(name = "TeamMember")
    public record Member(@Schema(example = "5c0e2f4a-7b1d-4e6f-9a3c-1d2e3f4a5b6c") UUID volunteerId,
                         @Schema(example = "林美玲") String name,
                         @Schema(example = "ACTIVE") VolunteerStatus status) {
    }
}
