package kz.kenes.platform.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Answers the JAX-RS runtime's own refusals (404 no such path, 405, 406, 415, a body that is not
 * JSON) in the same problem+json or page form as everything else.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status < 400) {
      return original;
    }
    if ((status == 400 && JsonReadErrors.isAbout(e)) || JsonReadErrors.isBodyRefusal(e)) {
      return invalidJson(e);
    }
    String detail = detailFor(status);
    Response answer =
        problem(status, "http-" + status, detail, Map.of(), ErrorResponder.newReference());
    if (original != null && original.getHeaderString("Allow") != null) {
      return Response.fromResponse(answer)
          .header("Allow", original.getHeaderString("Allow"))
          .build();
    }
    return answer;
  }

  static String detailFor(int status) {
    return switch (status) {
      case 400 ->
          "The request could not be read: check that the body is well-formed JSON or form data.";
      case 401 -> "Authentication is required.";
      case 403 -> "You are not allowed to do this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept this HTTP method.";
      case 406 -> "No representation of this resource matches the Accept header.";
      case 415 -> "This content type is not accepted here.";
      default -> "The request could not be handled.";
    };
  }
}
