package kz.kenes.platform.errors;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A body read as a JSON-P value ({@code JsonObject}) that is not JSON: 400 saying where the text
 * stops being JSON ({@link JsonReadErrors}).
 */
@Provider
public class JsonExceptionMapper extends ProblemMapper<JsonException> {

  @Override
  public Response toResponse(JsonException e) {
    return invalidJson(e);
  }
}
