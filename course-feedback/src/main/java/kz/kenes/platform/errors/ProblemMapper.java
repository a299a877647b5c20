package kz.kenes.platform.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/**
 * What every exception mapper of Kenes shares: it answers through {@link ErrorResponder}, for the
 * path of the current request, in the form the client asked for (problem+json or a page).
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Inject ErrorResponder responder;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  protected Response problem(
      int status, String type, String detail, Map<String, String> fieldErrors, String reference) {
    String language = uriInfo.getQueryParameters().getFirst("lang");
    return responder.respond(
        headers, language, path(), status, type, detail, fieldErrors, reference);
  }

  /**
   * The answer to a body the JSON parser or binder refused: 400, type {@code invalid-json}, a
   * detail saying what is wrong in the request's terms ({@link JsonReadErrors}), never the
   * parser's.
   */
  protected Response invalidJson(Throwable e) {
    return problem(
        400, "invalid-json", JsonReadErrors.describe(e), Map.of(), ErrorResponder.newReference());
  }

  protected String path() {
    return ErrorResponder.pathOf(uriInfo);
  }
}
