package kz.kenes.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Answers an {@link ApiException} with its status and message. */
@Provider
public class ApiExceptionMapper extends ProblemMapper<ApiException> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(ApiException e) {
    String reference = ErrorResponder.newReference();
    String path = path();
    LOG.fine(() -> "ref " + reference + ": " + e.status() + " " + e.type() + " on " + path);
    return problem(e.status(), e.type(), e.getMessage(), e.fieldErrors(), reference);
  }
}
