package kz.kenes.platform.errors;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or JSON of the wrong shape (a string where a list belongs): the
 * client's mistake, answered 400 saying where it went wrong in the request's terms ({@link
 * JsonReadErrors}), never with the parser's message and its Java class names.
 */
@Provider
public class JsonbExceptionMapper extends ProblemMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException e) {
    return invalidJson(e);
  }
}
