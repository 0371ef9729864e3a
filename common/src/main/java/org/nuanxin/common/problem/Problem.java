package org.nuanxin.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response.
 *
 * @param violations for 400: each offending field (a JSON path such as {@code members[0].idNumber}) and why
 * @param errorId    for 500: the id under which the failure was logged, to quote to support
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://nuanxin.org/problems/";

    public record Violation(String field, String message) {
    }
}
