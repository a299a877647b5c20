package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DeepLinkingReturns;
import kz.kenes.devplatform.application.DeepLinkingReturns.Received;
import kz.kenes.devplatform.application.DevPlatform;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's deep linking return URL: Kenes's picker posts its signed response here
 * ({@code JWT}); the page shows the links placed in the course, which the course page then offers
 * to launch. A response that does not verify is a 400 naming the reason.
 */
@Path(DevPlatform.PATH + "/deep-link-return")
public class DevPlatformDeepLinkResource {

  @Inject DevModeGate gate;
  @Inject DeepLinkingReturns returns;
  @Inject DevPages pages;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response receive(@FormParam("JWT") String jwt) {
    gate.requireOpen();
    Received received = returns.receive(jwt);
    return pages.page(
        "dev/deep-link-return",
        Map.of(
            "links",
            received.links(),
            "contextId",
            received.contextId(),
            "coursePage",
            DevPlatform.PATH + "?course=" + received.contextId()));
  }
}
