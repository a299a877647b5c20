package kz.kenes.platform.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.platform.db.DatabaseFailures;
import kz.kenes.platform.db.DatabaseOutage;

/**
 * The last resort: logs the failure under a reference and answers 500 with that reference only.
 * Nothing of the exception reaches the client. One kind of failure is the client's and gets a 400:
 * the JSON parser's refusal of a body when it arrives wrapped or as a plain runtime exception (a
 * number longer than the parser converts). A failure of the database itself (unreachable, hung, the
 * pool's wait ran out, a statement past its query timeout: {@link DatabaseFailures}) is 503 with
 * {@code Retry-After}: the request was right and will succeed later; an unreachable database also
 * starts the {@link DatabaseOutage}, so the next requests are refused before they wait for it.
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject DatabaseOutage outage;

  @Override
  public Response toResponse(Throwable e) {
    if (JsonReadErrors.isBodyRefusal(e)) {
      return invalidJson(e);
    }
    boolean unreachable = DatabaseFailures.isUnavailable(e);
    if (unreachable || DatabaseFailures.isTimeout(e)) {
      return databaseFailed(e, unreachable);
    }
    String reference = ErrorResponder.newReference();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
    return problem(
        500,
        "internal",
        "Something went wrong on our side. Please try again, and quote"
            + " reference "
            + reference
            + " if it happens again.",
        Map.of(),
        reference);
  }

  /** 503 and a one-line warning: an outage fails thousands of requests, each stack is the same. */
  private Response databaseFailed(Throwable e, boolean unreachable) {
    String reference = ErrorResponder.newReference();
    if (unreachable) {
      outage.failed(e);
    }
    LOG.warning(
        () ->
            "Database "
                + (unreachable ? "unreachable" : "too slow")
                + " ("
                + DatabaseFailures.summary(e)
                + "), answered 503, reference "
                + reference);
    Response answer =
        problem(
            503,
            unreachable ? "database-unavailable" : "database-timeout",
            unreachable
                ? "Kenes cannot reach its database at the moment: try again in a few seconds."
                : "The database did not answer in time: try again in a few seconds.",
            Map.of(),
            reference);
    return Response.fromResponse(answer)
        .header("Retry-After", Long.toString(DatabaseOutage.PROBE_EVERY.toSeconds()))
        .build();
  }
}
