package org.nuanxin.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.nuanxin.common.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every {@code application/problem+json} response in a service's OpenAPI document an example body of
 * its status, so each endpoint's error responses show what a client will actually receive. Registered for
 * every service through {@code mp.openapi.filter} in common's configuration defaults.
 */
public class ProblemExamples implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            if (operation.getRequestBody() != null && !operation.getResponses().hasAPIResponse("413")) {
                // every body is held to quarkus.http.limits.max-body-size (RequestBodyLimit)
                operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse()
                        .description("Request body larger than the configured limit"));
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> exemplify(path, status, response));
        }));
    }

    private static void exemplify(String path, String status, APIResponse response) {
        if ((status.startsWith("4") || status.startsWith("5"))
                && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            // a response declared (or added for a secured endpoint) without a body: it is a problem all the same
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType problem = response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
        if (problem == null || problem.getExample() != null
                || (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
            return;
        }
        Map<String, Object> body = example(path, status, response.getDescription());
        if (body != null) {
            Example example = OASFactory.createExample().summary(response.getDescription()).value(body);
            problem.addExample(status, example);
        }
    }

    /** The body a client receives with this status, as the mappers in {@code org.nuanxin.common.problem} write it. */
    static Map<String, Object> example(String path, String status, String description) {
        String instance = path.replaceAll("\\{[^}]+}", "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02");
        return switch (status) {
            case "400" -> {
                Map<String, Object> body = problem("validation", "请求参数无效", 400,
                        "members[0].idNumber: 身份证号校验位不正确", instance);
                body.put("violations", List.of(Map.of("field", "members[0].idNumber", "message", "身份证号校验位不正确")));
                yield body;
            }
            case "401" -> problem("unauthorized", "未登录或登录已过期", 401, null, instance);
            case "403" -> problem("forbidden", "无权访问", 403, description, instance);
            case "404" -> problem("not-found", "未找到", 404, "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02 不存在", instance);
            case "409" -> problem("conflict", "状态冲突", 409, description, instance);
            case "413" -> {
                Map<String, Object> body = problem("payload-too-large", "请求体过大", 413, "请求体不能超过 1048576 字节",
                        instance);
                body.put("violations", List.of(Map.of("field", "body", "message", "请求体不能超过 1048576 字节")));
                yield body;
            }
            case "422" -> problem("unprocessable", "无法处理", 422, description, instance);
            case "429" -> problem("too-many-requests", "请求过于频繁", 429,
                    "请求超过每秒 50 次的限额，请在 Retry-After 所示的秒数后重试", instance);
            case "500" -> {
                Map<String, Object> body = problem("internal", "服务器内部错误", 500,
                        "请求未能完成，请稍后重试；如问题持续，请提供错误编号 0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11", null);
                body.put("errorId", "0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11");
                yield body;
            }
            default -> null;
        };
    }

    /** The members every problem has, in {@link Problem}'s order; absent ones left out as its JSON leaves them. */
    private static Map<String, Object> problem(String type, String title, int status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }
}
