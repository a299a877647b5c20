package kz.kenes.platform.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Answers an {@link ApiException} with its status and message. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Inject ErrorResponder responder;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ApiException e) {
    String reference = ErrorResponder.newReference();
    String path = ErrorResponder.pathOf(uriInfo);
    LOG.fine(() -> "ref " + reference + ": " + e.status() + " " + e.type() + " on " + path);
    return responder.respond(
        headers, path, e.status(), e.type(), e.getMessage(), e.fieldErrors(), reference);
  }
}
