package it.kenes.lti;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.HttpAnswer;
import it.kenes.support.IdTokens;
import it.kenes.support.Kenes;
import it.kenes.support.LaunchResult;
import it.kenes.support.LoginResult;
import it.kenes.support.TestPlatform;
import it.kenes.support.VirtualBrowser;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The login bound through the platform's storage (LTI Client Side postMessages), over HTTP: the
 * pages the scripts run on, and the launch that completes with the value the platform gave back.
 * What the scripts do in a browser is {@code it.kenes.browser.PlatformStorageBrowserIT}.
 */
class PlatformStorageLoginIT {

  private static final String TARGET = "platform_storage";
  private static final Pattern DATA = Pattern.compile("data-storage-([a-z]+)=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @Test
  void theLoginAnswersAPageThatStoresItsSecretInTheNamedFrameAndSetsNoStateCookie() {
    VirtualBrowser browser = VirtualBrowser.open();

    StorageLogin login = storageLogin(browser);

    assertThat(login.page().status()).isEqualTo(200);
    assertThat(login.page().mediaType()).isEqualTo("text/html");
    assertThat(login.state()).startsWith("ps." + TARGET + ".");
    assertThat(login.data())
        .containsEntry("mode", "put")
        .containsEntry("target", TARGET)
        .containsEntry("key", "kenes_" + login.state())
        .containsEntry("origin", origin(authLoginUrl()));
    assertThat(login.data().get("value")).hasSizeGreaterThanOrEqualTo(40);
    assertThat(login.next().toString()).startsWith(authLoginUrl());
    assertThat(login.page().headerValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("__Host-kenes_st_"));
    assertThat(browser.cookiesFor(Kenes.url("/lti/launch"))).isEmpty();
    assertThat(login.page().header("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(login.page().body()).contains("<noscript>").doesNotContain("<script>");
  }

  @Test
  void theLaunchAnswersAPageThatReadsTheValueBackAndCompletesWithIt() {
    StorageLogin login = storageLogin(VirtualBrowser.open());
    String idToken = IdTokens.resourceLinkLaunch(platform, login.nonce()).build();
    // Another browser (User-Agent) and no cookies: neither cookie nor fingerprint ties this launch.
    VirtualBrowser launching = VirtualBrowser.blockingCookies("KenesIT/1.0 (another browser)");

    HttpAnswer page = launching.postForm(Kenes.url("/lti/launch"), launchForm(login, idToken));
    Map<String, String> data = data(page.body());
    Map<String, String> fields = hiddenFields(page.body());
    fields.put("lti_storage_value", login.data().get("value"));
    LaunchResult launch = complete(launching, fields);

    assertThat(page.status()).isEqualTo(200);
    assertThat(data)
        .containsEntry("mode", "get")
        .containsEntry("target", TARGET)
        .containsEntry("key", "kenes_" + login.state())
        .containsEntry("origin", login.data().get("origin"))
        .doesNotContainKey("value");
    assertThat(page.body()).contains("action=\"/lti/launch/storage\"");
    assertThat(fields).containsEntry("id_token", idToken).containsEntry("state", login.state());
    assertThat(launch.status()).isEqualTo(303);
    assertThat(launch.sessionTokenOrFail()).isNotBlank();
  }

  @Test
  void aWrongValueIsRefusedAndUsesTheStateUp() {
    StorageLogin login = storageLogin(VirtualBrowser.open());
    String idToken = IdTokens.resourceLinkLaunch(platform, login.nonce()).build();
    Map<String, String> form = launchForm(login, idToken);
    VirtualBrowser browser = VirtualBrowser.open();

    form.put("lti_storage_value", "not-the-secret");
    LaunchResult wrong = complete(browser, form);
    form.put("lti_storage_value", login.data().get("value"));
    LaunchResult again = complete(browser, form);

    assertProblem(wrong.answer(), 401, "lti-browser-binding-mismatch");
    assertProblem(again.answer(), 401, "lti-state-already-used");
  }

  @Test
  void aMissingValueIsRefused() {
    StorageLogin login = storageLogin(VirtualBrowser.open());
    String idToken = IdTokens.resourceLinkLaunch(platform, login.nonce()).build();
    Map<String, String> form = launchForm(login, idToken);
    form.put("lti_storage_value", "");

    assertProblem(
        complete(VirtualBrowser.open(), form).answer(), 401, "lti-browser-binding-mismatch");
  }

  @Test
  void aCookieLoginCannotBeCompletedWithAStorageValue() {
    VirtualBrowser browser = VirtualBrowser.open();
    LoginResult login = platform.login(browser);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id_token", platform.idToken(login).build());
    form.put("state", login.state());
    form.put("lti_storage_value", login.state());

    assertProblem(complete(browser, form).answer(), 401, "lti-browser-binding-mismatch");
  }

  @Test
  void anUnknownStorageStateIsRefusedAtTheLaunchWithoutAPage() {
    StorageLogin login = storageLogin(VirtualBrowser.open());
    String idToken = IdTokens.resourceLinkLaunch(platform, login.nonce()).build();
    Map<String, String> form = launchForm(login, idToken);
    form.put("state", "ps." + TARGET + ".made-up");

    LaunchResult launch =
        platform.postLaunch(VirtualBrowser.open(), form, "Accept", "application/json");

    assertProblem(launch.answer(), 401, "lti-unknown-state");
  }

  @Test
  void aTargetKenesCannotUseKeepsTheCookieLogin() {
    VirtualBrowser browser = VirtualBrowser.open();

    LoginResult login =
        platform.login(
            browser, platform.loginParameters().with("lti_storage_target", "no such frame!"));

    assertThat(login.redirected()).isTrue();
    assertThat(login.state()).doesNotStartWith("ps.");
    assertThat(login.stateCookieHeader()).isPresent();
  }

  private StorageLogin storageLogin(VirtualBrowser browser) {
    String query = platform.loginParameters().with("lti_storage_target", TARGET).toQuery();
    HttpAnswer page = browser.get(Kenes.url("/lti/login?" + query));
    return new StorageLogin(page, data(page.body()));
  }

  private static LaunchResult complete(VirtualBrowser browser, Map<String, String> form) {
    return new LaunchResult(
        browser.postForm(Kenes.url("/lti/launch/storage"), form, "Accept", "application/json"));
  }

  private static Map<String, String> launchForm(StorageLogin login, String idToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id_token", idToken);
    form.put("state", login.state());
    return form;
  }

  private static Map<String, String> data(String html) {
    Map<String, String> data = new HashMap<>();
    Matcher m = DATA.matcher(html);
    while (m.find()) {
      data.put(m.group(1), unescape(m.group(2)));
    }
    return data;
  }

  private static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      fields.put(m.group(1), unescape(m.group(2)));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private String authLoginUrl() {
    return (String) platform.registration().field("authLoginUrl");
  }

  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** The login's page and what its {@code data-storage-*} attributes say. */
  private record StorageLogin(HttpAnswer page, Map<String, String> data) {

    URI next() {
      return URI.create(data.get("next"));
    }

    Map<String, String> authParameters() {
      Map<String, String> parameters = new HashMap<>();
      for (String pair : next().getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        parameters.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      return parameters;
    }

    String state() {
      return authParameters().get("state");
    }

    String nonce() {
      return authParameters().get("nonce");
    }
  }
}
