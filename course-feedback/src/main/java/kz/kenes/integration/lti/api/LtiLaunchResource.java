package kz.kenes.integration.lti.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import kz.kenes.identity.api.SessionReferences;
import kz.kenes.integration.lti.application.LaunchService;
import kz.kenes.integration.lti.application.LaunchService.Launched;
import kz.kenes.integration.lti.application.PlatformStorageLaunches;
import kz.kenes.lti.launch.LaunchRequest;
import kz.kenes.lti.security.state.BrowserBinding;
import kz.kenes.lti.security.state.PlatformStorage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The launch: the platform's authorisation endpoint posts the id_token and state here. A valid
 * launch opens a session and sends the browser on to where it lands ({@link LaunchLanding}: the
 * deep linking picker, a placed activity, or the landing page of its role); any refusal is a 4xx
 * with the precise reason (see LtiProtocolExceptionMapper). The launch of a login bound through the
 * platform's storage first answers a page that reads the login's value back from the platform and
 * posts it to {@link #COMPLETE_PATH}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-3-authentication-response">
 *     Security Framework §5.1.1.3</a>
 */
// One instance for all requests (its @Context fields are per-request proxies): a launch
// flow passes here on every request, and a new resource per request cost its CDI
// construction and injection each time (docs/performance.md, issue 14).
@ApplicationScoped
@Path("/lti/launch")
@Tag(name = "LTI")
public class LtiLaunchResource {

  /** Where the launch page of a platform-storage login posts. */
  public static final String COMPLETE_PATH = "/lti/launch/storage";

  @Inject LaunchService launches;
  @Inject StateCookies cookies;
  @Inject LaunchLanding landing;
  @Inject SessionReferences references;
  @Inject PlatformStorageLaunches storageLaunches;
  @Inject PlatformStoragePages storagePages;
  @Context HttpServletRequest http;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "LTI launch (OIDC authentication response, form_post)")
  public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state) {
    Optional<String> storageOrigin = storageLaunches.platformOrigin(state);
    if (storageOrigin.isPresent()) {
      return storagePages.get(headers, state, idToken, storageOrigin.get());
    }
    String binding = BrowserBinding.of(http.getHeader("User-Agent"), http.getRemoteAddr());
    String returnedCookie = cookies.returnedFor(state, headers.getCookies());
    Launched launched = launches.launch(new LaunchRequest(state, idToken, returnedCookie, binding));
    return Response.fromResponse(references.enter(launched.opened(), landing.pathOf(launched)))
        .header("Set-Cookie", cookies.clear(state))
        .build();
  }

  /**
   * The launch of a login bound through the platform's storage, posted by the launch's page with
   * the value it read back from the platform: no cookie and no fingerprint, the value must be the
   * one the login stored ({@code BROWSER_BINDING_MISMATCH} otherwise, also when it is missing).
   */
  @POST
  @Path("storage")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "LTI launch completed with the value read from the platform's storage")
  public Response launchWithPlatformStorage(
      @FormParam("id_token") String idToken,
      @FormParam("state") String state,
      @FormParam("lti_storage_value") String value) {
    String binding = PlatformStorage.binding(value == null || value.isEmpty() ? null : value);
    Launched launched = launches.launch(new LaunchRequest(state, idToken, null, binding));
    return references.enter(launched.opened(), landing.pathOf(launched));
  }
}
