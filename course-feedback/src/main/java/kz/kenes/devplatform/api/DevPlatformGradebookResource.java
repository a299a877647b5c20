package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevGradebook;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The development platform's gradebook page: the line items and the scores Kenes sent. */
@Path("/dev/platform/gradebook")
public class DevPlatformGradebookResource {

  @Inject DevModeGate gate;
  @Inject DevGradebook gradebook;
  @Inject DevPages pages;

  @GET
  @Operation(hidden = true)
  public Response page() {
    gate.requireOpen();
    return pages.page("dev/gradebook", Map.of("columns", gradebook.gradebook()));
  }
}
