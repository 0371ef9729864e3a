package org.nuanxin.insurance.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nuanxin.insurance.money.Yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner hospital's claim for one stay or out-patient visit of an insured person. */
@Schema(name = "SubmitClaim")
public record SubmitClaimRequest(
        @NotNull(message = "请指明患者") @Valid Patient patient,
        @NotNull(message = "请填写就诊类型 OUTPATIENT 或 INPATIENT") @Schema(example = "INPATIENT") CareSetting setting,
        @NotNull(message = "请填写入院（就诊）日期") @Schema(example = "2025-03-02") LocalDate admissionDate,
        @NotNull(message = "请填写出院日期") @Schema(example = "2025-03-12") LocalDate dischargeDate,
        @NotNull(message = "请填写住院天数") @Min(value = 0, message = "住院天数不能为负")
        @Max(value = 3660, message = "住院天数过大") @Schema(example = "10") Integer inpatientDays,
        @NotEmpty(message = "请至少填写一个诊断编码")
        @Schema(example = "[\"I63.9\"]")
        List<@NotNull(message = "诊断编码不能为空") @Pattern(regexp = ICD10, message = "须为 ICD-10 编码，如 I63.9") String> diagnosisCodes,
        @NotEmpty(message = "请至少填写一项费用") @Size(max = 500, message = "费用明细最多 500 项")
        List<@NotNull(message = "费用项不能为空") @Valid Item> items,
        @Size(max = 50, message = "附件最多 50 个")
        List<@NotNull(message = "附件不能为空") @Valid Attachment> attachments) {

    /** A category letter, two digits, optionally a dot and up to four characters: {@code I63}, {@code I63.9}. */
    public static final String ICD10 = "[A-Z]\\d[0-9A-Z](\\.[0-9A-Z]{1,4})?";

    /** Who was treated: the insured person's id, or the identity number, matched server-side. */
    @Schema(name = "ClaimPatient")
    public record Patient(
            @Schema(example = "8d7e6f50-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID insuredPersonId,
            @Schema(example = "350203195803150022") String identityNumber) {
    }

    @Schema(name = "ClaimItem")
    public record Item(
            @Size(max = 50, message = "项目编码最多 50 个字符") @Schema(example = "XB01AC04") String code,
            @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称最多 200 个字")
            @Schema(example = "阿司匹林肠溶片") String description,
            @NotNull(message = "请填写费用类别") @Schema(example = "MEDICINE") ItemCategory category,
            @NotBlank(message = "请填写金额")
            @Pattern(regexp = Yuan.PATTERN, message = "金额须为不小于 0 的数字，最多 12 位整数、2 位小数")
            @Schema(example = "1280.50") String amount) {
    }

    /** Metadata of a document the hospital keeps (discharge summary, invoice); the file itself is not sent. */
    @Schema(name = "ClaimAttachment")
    public record Attachment(
            @NotBlank(message = "请填写附件类型") @Size(max = 50) @Schema(example = "DISCHARGE_SUMMARY") String kind,
            @NotBlank(message = "请填写文件名") @Size(max = 200) @Schema(example = "出院小结.pdf") String fileName,
            @Pattern(regexp = "[0-9a-f]{64}", message = "须为 64 位小写十六进制 SHA-256")
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
    }
}
