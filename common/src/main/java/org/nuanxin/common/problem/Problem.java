package org.nuanxin.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response.
 *
 * @param violations for 400: each offending field (a JSON path such as {@code members[0].idNumber}) and why
 * @param errorId    for 500: the id under which the failure was logged, to quote to support
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://nuanxin.org/problems/validation") String type,
        @Schema(example = "请求参数无效") String title,
        @Schema(example = "400") int status,
        @Schema(example = "members[0].idNumber: 身份证号校验位不正确") String detail,
        @Schema(example = "/api/families") String instance,
        List<Violation> violations,
        @Schema(example = "0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11") String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://nuanxin.org/problems/";

    public record Violation(
            @Schema(example = "members[0].idNumber") String field,
            @Schema(example = "身份证号校验位不正确") String message) {
    }
}
