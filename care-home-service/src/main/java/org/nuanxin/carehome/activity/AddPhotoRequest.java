package org.nuanxin.carehome.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A photo's metadata; the file goes to the association's storage, not to this service. */
@Schema(name = "AddPhoto")
public record AddPhotoRequest(
        @NotBlank(message = "请填写文件名") @Size(max = 200, message = "文件名不超过 200 字")
        @Schema(example = "2026-12-05-lecture-01.jpg") String fileName,
        @Size(max = 200, message = "说明不超过 200 字") @Schema(example = "王医生讲解冬季保健") String caption,
        @Schema(example = "2026-12-05T10:10:00+08:00") OffsetDateTime takenAt) {
}
