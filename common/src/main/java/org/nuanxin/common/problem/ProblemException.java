package org.nuanxin.common.problem;

import java.util.List;

/** A failure a service reports on purpose, with the problem type and status it maps to. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String type, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations;
    }

    /** 404: the object does not exist, or the caller may not know that it does. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "未找到", what + " " + id + " 不存在", null);
    }

    /** 409: the request contradicts the current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "状态冲突", detail, null);
    }

    /** 409 naming the field whose value clashes with what is stored, e.g. an identity number already registered. */
    public static ProblemException conflictOnField(String field, String message) {
        return new ProblemException(409, "conflict", "状态冲突", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    /** 403: the role may do this, but not here (another district, another hospital). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "无权访问", detail, null);
    }

    /** 400 for one field that passed bean validation but breaks a rule of the service. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "请求参数无效", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
