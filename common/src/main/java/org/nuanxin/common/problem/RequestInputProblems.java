package org.nuanxin.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.nuanxin.common.rest.StrictRequestJson;

import java.util.List;
import java.util.Map;

/**
 * The 400s of {@link StrictRequestJson}'s rules, each naming the field: a property the request does not define (a key
 * given twice is named by {@link ProblemMappers}); and the same text rule for query and path parameters (NUL or an
 * unpaired surrogate never reaches a query).
 */
public class RequestInputProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return problems.problem(ProblemException.invalidField(pathOf(e), "不是该请求的字段，不能设置"), uri);
    }

    @ServerRequestFilter
    public void cleanParameters(UriInfo uri) {
        check(uri.getQueryParameters());
        check(uri.getPathParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> {
            if (!StrictRequestJson.isClean(value)) {
                throw ProblemException.invalidField(name, "含有不允许的字符（NUL 或不成对的代理字符）");
            }
        }));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
