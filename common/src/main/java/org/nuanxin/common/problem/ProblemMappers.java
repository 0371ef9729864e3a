package org.nuanxin.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.nuanxin.common.outage.Outages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure into {@code application/problem+json}: validation and malformed bodies name the field,
 * security failures say 401/403, an unreachable database is a 503 with {@code Retry-After}, and anything unexpected
 * is a 500 whose details stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.violations(), null);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return validation(violations, uri);
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        return validation(List.of(jsonViolation(e)), uri);
    }

    /** Quarkus ships a mapper for this subtype (a value of the wrong type or enum); ours names the field. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return validation(List.of(jsonViolation(e)), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemException.forbidden("当前角色无权执行此操作"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String type = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return respond(status, type, reason, detailOf(status, e), uri, null, null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Outages.isDatabaseOutage(e)) {
            return unavailable(e, uri);
        }
        if (Outages.isClientGone(e)) {
            // the client closed the connection before its request was read whole: nobody hears this answer
            LOG.debugf("client went away during %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
            return respond(400, "incomplete-request", "请求不完整", "连接在请求体传完之前已断开", uri, null, null);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, uri.getPath());
        return respond(500, "internal", "服务器内部错误", "请求未能完成，请稍后重试；如问题持续，请提供错误编号 " + errorId,
                uri, null, errorId);
    }

    /**
     * The database is unreachable (restarting, failing over, out of connections): nothing was written, the same
     * request may simply be sent again. Answered as soon as the connection pool gives up
     * ({@code quarkus.datasource.jdbc.acquisition-timeout}), never left hanging.
     */
    private static Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        return Response.fromResponse(respond(503, "service-unavailable", "服务暂时不可用",
                        "数据库暂时无法访问，请求未被处理；请在 " + RETRY_AFTER_SECONDS + " 秒后重试", uri, null, null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static String detailOf(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "请求的资源不存在";
            case 405 -> "此资源不支持该请求方法";
            case 415 -> "请求体须为 application/json";
            default -> e.getMessage();
        };
    }

    private static Response validation(List<Problem.Violation> violations, UriInfo uri) {
        String detail = violations.stream()
                .map(v -> v.field().isEmpty() ? v.message() : v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("请求无效");
        return respond(400, "validation", "请求参数无效", detail, uri, violations, null);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "未登录或登录已过期",
                        "请求须携带有效的 Bearer 访问令牌", uri, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.Violation> violations, String errorId) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail,
                uri == null ? null : uri.getPath(), violations, errorId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The JSON path of a bean-validation violation, without the method and parameter names of the resource:
     * {@code register.request.members[0].idNumber} becomes {@code members[0].idNumber}; a violated query
     * parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if (!nodes.hasNext()) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                // the index belongs to the container named by the previous node
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static Problem.Violation jsonViolation(JsonProcessingException e) {
        String field = "";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                } else if (reference.getFieldName() != null) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                }
            }
            field = path.toString();
        }
        if (field.isEmpty()) {
            // a key given twice (StrictRequestJson): which value counts is no guess, the key is named
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                return new Problem.Violation(duplicate.group(1), "字段重复出现");
            }
        }
        String message = field.isEmpty() ? "请求体不是有效的 JSON" : "值的格式或类型不正确";
        return new Problem.Violation(field, message);
    }
}
