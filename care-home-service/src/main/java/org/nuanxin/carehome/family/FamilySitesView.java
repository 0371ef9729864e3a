package org.nuanxin.carehome.family;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The warm-home sites in a family's life: the one that serves it, and those whose activities it goes to. */
@Schema(name = "FamilySites")
public record FamilySitesView(
        @Schema(example = "5c0d7a8e-1f2b-4c3d-9e4f-a5b6c7d8e9f0") UUID familyId,
        @Schema(description = "The family's district as family-service reported it; null before it did",
                example = "350203", nullable = true) String districtCode,
        @Schema(description = "The serving site first, then the others by name") List<FamilySiteView> sites) {
}
