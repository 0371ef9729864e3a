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
        Map<String, Object> body = new LinkedHashMap<>();
        String instance = path.replaceAll("\\{[^}]+}", "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02");
        switch (status) {
            case "400" -> {
                body.put("type", Problem.TYPE_BASE + "validation");
                body.put("title", "请求参数无效");
                body.put("status", 400);
                body.put("detail", "members[0].idNumber: 身份证号校验位不正确");
                body.put("instance", instance);
                body.put("violations", List.of(Map.of("field", "members[0].idNumber", "message", "身份证号校验位不正确")));
            }
            case "401" -> {
                body.put("type", Problem.TYPE_BASE + "unauthorized");
                body.put("title", "未登录或登录已过期");
                body.put("status", 401);
                body.put("instance", instance);
            }
            case "403" -> {
                body.put("type", Problem.TYPE_BASE + "forbidden");
                body.put("title", "无权访问");
                body.put("status", 403);
                body.put("detail", description);
                body.put("instance", instance);
            }
            case "404" -> {
                body.put("type", Problem.TYPE_BASE + "not-found");
                body.put("title", "未找到");
                body.put("status", 404);
                body.put("detail", "6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02 不存在");
                body.put("instance", instance);
            }
            case "409" -> {
                body.put("type", Problem.TYPE_BASE + "conflict");
                body.put("title", "状态冲突");
                body.put("status", 409);
                body.put("detail", description);
                body.put("instance", instance);
            }
            case "422" -> {
                body.put("type", Problem.TYPE_BASE + "unprocessable");
                body.put("title", "无法处理");
                body.put("status", 422);
                body.put("detail", description);
                body.put("instance", instance);
            }
            case "500" -> {
                body.put("type", Problem.TYPE_BASE + "internal");
                body.put("title", "服务器内部错误");
                body.put("status", 500);
                body.put("detail", "请求未能完成，请稍后重试；如问题持续，请提供错误编号 0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11");
                body.put("errorId", "0f8a4c2e-5d1b-4c3e-9a77-2b6d1e9f0a11");
            }
            default -> {
                return null;
            }
        }
        return body;
    }
}
