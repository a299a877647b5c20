package it.kenes.identity;

import static it.kenes.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import it.kenes.support.Kenes;
import it.kenes.support.TestPlatform;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-out ends a session at once: from the page header's button (a form with the session's CSRF
 * token) or with {@code DELETE /api/me/session}; the token opens nothing afterwards, and other
 * sessions go on.
 */
class SignOutIT {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final TestPlatform platform = TestPlatform.register();

  @AfterEach
  void closePlatform() {
    platform.close();
  }

  @Test
  void signingOutFromThePageHeaderEndsTheSession() {
    String token = Http.pageReference(platform.completeFlow().sessionToken());
    String other = platform.completeFlow().sessionToken();
    HttpAnswer page = landing(token);
    assertThat(page.body()).contains("action=\"/app/sign-out\"");

    HttpAnswer out = signOut(token, csrfOf(page));

    assertThat(out.status()).as("%s", out).isEqualTo(200);
    assertThat(out.body()).doesNotContain(token).doesNotContain("action=\"/app/sign-out\"");
    assertThat(out.headerValues("Set-Cookie"))
        .as("the session cookie is removed")
        .anyMatch(c -> c.startsWith("__Host-kenes_s") && c.contains("Max-Age=0"));
    assertThat(Http.me(token).status()).isEqualTo(401);
    assertThat(landing(token).status()).isEqualTo(401);
    assertThat(Http.me(other).status()).as("another session").isEqualTo(200);
  }

  @Test
  void refusesSignOutWithoutTheCsrfTokenAndKeepsTheSession() {
    String token = Http.pageReference(platform.completeFlow().sessionToken());

    HttpAnswer out = signOut(token, "not-the-csrf-token");

    assertThat(out.status()).as("%s", out).isEqualTo(403);
    assertThat(Http.me(token).status()).isEqualTo(200);
  }

  @Test
  void apiCallersSignOutWithDelete() {
    String token = platform.completeFlow().sessionToken();

    HttpAnswer out = deleteSession(token);

    assertThat(out.status()).as("%s", out).isEqualTo(204);
    assertThat(Http.me(token).status()).isEqualTo(401);
    assertProblem(deleteSession(token), 401, "unauthorized");
  }

  @Test
  void anAdminTokenSessionSignsOutToo() {
    String token = adminTokenSession();
    HttpAnswer page = landing(token);

    HttpAnswer out = signOut(token, csrfOf(page));

    assertThat(out.status()).as("%s", out).isEqualTo(200);
    assertThat(out.body()).contains("href=\"/admin?lang=");
    assertThat(landing(token).status()).isEqualTo(401);
  }

  private static HttpAnswer landing(String token) {
    return Http.get("/app?kt=" + encode(token), "Accept", "text/html");
  }

  private static HttpAnswer signOut(String token, String csrf) {
    return Http.post(
        "/app/sign-out",
        FORM,
        "kt=" + encode(token) + "&csrf=" + encode(csrf),
        "Accept",
        "text/html");
  }

  private static HttpAnswer deleteSession(String token) {
    return Http.delete(
        "/api/me/session", "Accept", "application/json", "Authorization", "Bearer " + token);
  }

  private static String adminTokenSession() {
    HttpAnswer answer =
        Http.post("/admin", FORM, "token=" + encode(Kenes.adminToken()), "Accept", "text/html");
    String location =
        answer.location().orElseThrow(() -> new AssertionError("" + answer)).toString();
    Matcher kt = Pattern.compile("[?&]kt=([^&]+)").matcher(location);
    assertThat(kt.find()).as(location).isTrue();
    return URLDecoder.decode(kt.group(1), StandardCharsets.UTF_8);
  }

  private static String csrfOf(HttpAnswer page) {
    Matcher matcher = CSRF.matcher(page.body());
    assertThat(matcher.find()).as("a CSRF token in %s", page).isTrue();
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
