package kz.kenes.platform.errors;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A request body that is not JSON, or JSON of the wrong shape (a string where a list belongs): the
 * client's mistake, answered 400 with the parser's own words about where it went wrong.
 */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException e) {
    return problem(
        400,
        "invalid-json",
        "The request body is not valid JSON for this endpoint: " + reason(e),
        Map.of(),
        ErrorResponder.newReference());
  }

  /** The innermost message, without the parser's "Internal error:" prefix, kept short. */
  static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    if (message == null) {
      return "it could not be read.";
    }
    message = message.replace("Internal error: ", "");
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
