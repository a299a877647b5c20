package kz.kenes.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.platform.text.UntrustedText;

/**
 * Answers a {@link DomainException} with the status of its kind ({@link Problems}), and a {@code
 * Retry-After} header when a {@link TooManyRequests} says how long to wait.
 */
@Provider
public class DomainExceptionMapper extends ProblemMapper<DomainException> {

  private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

  @Override
  public Response toResponse(DomainException e) {
    String reference = ErrorResponder.newReference();
    String path = UntrustedText.forLog(path());
    int status = Problems.status(e);
    LOG.fine(() -> "ref " + reference + ": " + status + " " + e.reason() + " on " + path);
    Response answer = problem(status, e.reason(), e.getMessage(), e.fieldErrors(), reference);
    if (e instanceof TooManyRequests slowDown && slowDown.retryAfter().isPresent()) {
      return Response.fromResponse(answer)
          .header("Retry-After", TooManyRequests.seconds(slowDown.retryAfter().get()))
          .build();
    }
    return answer;
  }
}
