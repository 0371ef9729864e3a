package org.nuanxin.volunteer.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.problem.ProblemMappers;

/**
 * Two people changed the same task (or correction) at once: the later commit finds another version and is
 * answered 409, naming {@code version}, instead of overwriting the first or failing with 500.
 */
public class ConcurrentChangeMappers {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response rolledBack(RollbackException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange(uri);
            }
        }
        return problems.unexpected(e, uri);
    }

    private Response concurrentChange(UriInfo uri) {
        return problems.problem(ProblemException.conflictOnField("version", "记录已被他人同时修改，请刷新后重试"), uri);
    }
}
