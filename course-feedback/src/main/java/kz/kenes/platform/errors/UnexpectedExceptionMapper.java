package kz.kenes.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: logs the failure under a reference and answers 500 with that reference only.
 * Nothing of the exception reaches the client. One kind of failure is the client's and gets a 400:
 * the JSON parser's refusal of a body when it arrives wrapped or as a plain runtime exception (a
 * number longer than the parser converts).
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (JsonReadErrors.isBodyRefusal(e)) {
      return invalidJson(e);
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
}
