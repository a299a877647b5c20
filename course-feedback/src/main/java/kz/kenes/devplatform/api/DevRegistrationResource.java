package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevDynamicRegistration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's dynamic registration (dev mode only): "Register Kenes dynamically"
 * ({@code POST /dev/platform/registration}) sends the browser to Kenes's registration page; Kenes
 * then fetches {@code /dev/platform/openid-configuration} and posts to {@code
 * /dev/platform/register}, as it would with Moodle.
 */
@Path("/dev/platform")
public class DevRegistrationResource {

  @Inject DevModeGate gate;
  @Inject DevDynamicRegistration registration;

  @POST
  @Path("registration")
  @Operation(hidden = true)
  public Response start() {
    gate.requireOpen();
    return Response.seeOther(registration.start()).build();
  }

  @GET
  @Path("openid-configuration")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public JsonObject configuration() {
    gate.requireOpen();
    return registration.configuration();
  }

  @POST
  @Path("register")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response register(@HeaderParam("Authorization") String authorization, String body) {
    gate.requireOpen();
    String bearer =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7).strip()
            : null;
    JsonObject answer = registration.register(bearer, body);
    if (answer == null) {
      return Response.status(401)
          .type(MediaType.APPLICATION_JSON)
          .entity(
              "{\"error\":\"invalid_token\",\"error_description\":\"unknown or used registration"
                  + " token\"}")
          .build();
    }
    return Response.status(201).entity(answer).build();
  }
}
