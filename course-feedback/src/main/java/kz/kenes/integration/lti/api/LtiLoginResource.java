package kz.kenes.integration.lti.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.SecureRandom;
import java.util.Base64;
import kz.kenes.integration.lti.application.Housekeeping;
import kz.kenes.integration.lti.application.LaunchWarmUp;
import kz.kenes.integration.lti.application.LoginRateLimit;
import kz.kenes.lti.launch.LoginInitiation;
import kz.kenes.lti.launch.LoginRedirect;
import kz.kenes.lti.launch.LoginRequest;
import kz.kenes.lti.security.state.BrowserBinding;
import kz.kenes.lti.security.state.PlatformStorage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Third-party initiated login, the first step of every launch: the platform sends the browser here,
 * the tool answers with a redirect to the platform's OIDC authorisation endpoint. A client address
 * that starts too many logins gets 429 with {@code Retry-After} ({@link LoginRateLimit}). When the
 * platform offers storage ({@code lti_storage_target}), the answer is instead a page that stores
 * the login's secret in the platform's frame before it goes on ({@link PlatformStoragePages}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework §5.1.1.1</a>
 */
// One instance for all requests (its @Context fields are per-request proxies): a launch
// flow passes here on every request, and a new resource per request cost its CDI
// construction and injection each time (docs/performance.md, issue 14).
@ApplicationScoped
@Path("/lti/login")
@Tag(name = "LTI")
public class LtiLoginResource {

  @Inject LoginInitiation initiation;
  @Inject StateCookies cookies;
  @Inject Housekeeping housekeeping;
  @Inject LoginRateLimit limit;
  @Inject LaunchWarmUp warmUp;
  @Inject PlatformStoragePages storagePages;
  @Context HttpServletRequest http;
  @Context HttpHeaders headers;

  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  @GET
  @Operation(summary = "OIDC login initiation (GET)")
  public Response loginGet(@Context UriInfo uri) {
    return login(uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "OIDC login initiation (POST)")
  public Response loginPost(MultivaluedMap<String, String> form) {
    return login(form);
  }

  /** The initiation parameters, from the query (GET) or the form (POST) alike. */
  private Response login(MultivaluedMap<String, String> p) {
    return login(
        new LoginRequest(
            p.getFirst("iss"),
            p.getFirst("login_hint"),
            p.getFirst("target_link_uri"),
            p.getFirst("lti_message_hint"),
            p.getFirst("client_id"),
            p.getFirst("lti_deployment_id"),
            p.getFirst("lti_storage_target")));
  }

  private Response login(LoginRequest request) {
    if (!warmUp.owns(http.getHeader(LaunchWarmUp.HEADER))) {
      limit.take(http.getRemoteAddr());
    }
    if (PlatformStorage.isUsableTarget(request.storageTarget())) {
      return loginWithPlatformStorage(request);
    }
    String binding = BrowserBinding.of(http.getHeader("User-Agent"), http.getRemoteAddr());
    LoginRedirect redirect = initiation.initiate(request, binding);
    housekeeping.runIfDue();
    return Response.status(Response.Status.FOUND)
        .location(redirect.redirectUri())
        .header("Set-Cookie", cookies.set(redirect.state().state(), http.isSecure()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * A platform that offers storage: the login is bound to a fresh secret the page stores in the
   * platform's frame, not to a cookie or the fingerprint; no state cookie is set.
   */
  private Response loginWithPlatformStorage(LoginRequest request) {
    String secret = randomSecret();
    LoginRedirect redirect = initiation.initiateWithPlatformStorage(request, secret);
    housekeeping.runIfDue();
    return storagePages.put(headers, redirect.state().state(), secret, redirect.redirectUri());
  }

  private static String randomSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
