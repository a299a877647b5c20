package kz.kenes.integration.lti.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.integration.lti.application.PlatformStorageLaunches;
import kz.kenes.lti.security.state.PlatformStorage;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.Views;

/**
 * The two pages of a login bound through the platform's storage (LTI Client Side postMessages),
 * both driven by {@code static/lti-storage.js}: the login's page stores the secret in the
 * platform's storage frame ({@code lti.put_data}) and goes on to the platform's authorisation
 * endpoint; the launch's page reads it back ({@code lti.get_data}) and posts it with the id_token
 * and state to {@link LtiLaunchResource#COMPLETE_PATH}. Without JavaScript neither can work, and
 * both pages say so.
 */
@ApplicationScoped
public class PlatformStoragePages {

  static final String SCRIPT = "lti-storage.js";
  static final String TEMPLATE = "lti/storage";

  @Inject Views views;
  @Inject PageSessions pages;

  /** The login's page: put {@code secret} under the state's key, then go to {@code next}. */
  public Response put(HttpHeaders headers, String state, String secret, URI next) {
    Locale locale = pages.anonymousLocale(headers, null);
    return HtmlPages.ok(views.render(TEMPLATE, locale, putModel(locale, state, secret, next)));
  }

  static Map<String, Object> putModel(Locale locale, String state, String secret, URI next) {
    return base(locale, state)
        .with("storageMode", "put")
        .with("storageValue", secret)
        .with("storageOrigin", PlatformStorageLaunches.origin(next))
        .with("storageNext", next.toString())
        .asMap();
  }

  /** The launch's page: get the state's value from {@code origin}'s frame, post it on. */
  public Response get(HttpHeaders headers, String state, String idToken, String origin) {
    Locale locale = pages.anonymousLocale(headers, null);
    return HtmlPages.ok(views.render(TEMPLATE, locale, getModel(locale, state, idToken, origin)));
  }

  static Map<String, Object> getModel(Locale locale, String state, String idToken, String origin) {
    return base(locale, state)
        .with("storageMode", "get")
        .with("storageOrigin", origin)
        .with("idToken", idToken)
        .with("state", state)
        .with("action", LtiLaunchResource.COMPLETE_PATH)
        .asMap();
  }

  private static PageModel base(Locale locale, String state) {
    return PageModel.of(locale, "storage.title")
        .with("jsUrl", StaticAssets.shared().url(SCRIPT))
        .with("storageTarget", PlatformStorage.targetOf(state).orElseThrow())
        .with("storageKey", PlatformStorage.key(state));
  }
}
