package org.nuanxin.carehome.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Photo")
public record PhotoView(
        @Schema(example = "7a1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(example = "2026-12-05-lecture-01.jpg") String fileName,
        @Schema(description = "null when none was given", example = "王医生讲解冬季保健", nullable = true) String caption,
        @Schema(description = "null when not given", example = "2026-12-05T10:10:00+08:00", nullable = true)
        OffsetDateTime takenAt,
        @Schema(example = "siming") String addedBy) {

    static PhotoView of(ActivityPhoto photo) {
        return new PhotoView(photo.id, photo.fileName, photo.caption, photo.takenAt, photo.addedBy);
    }
}
