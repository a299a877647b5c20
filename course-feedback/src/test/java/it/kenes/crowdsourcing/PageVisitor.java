package it.kenes.crowdsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person on the campaign pages: their page reference {@code kt}, GETs and form POSTs. */
record PageVisitor(String kt) {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  static PageVisitor of(String sessionToken) {
    return new PageVisitor(Http.pageReference(sessionToken));
  }

  HttpAnswer get(String path) {
    return get(path, "en");
  }

  HttpAnswer get(String path, String lang) {
    return Http.get(
        path + (path.contains("?") ? "&" : "?") + "kt=" + enc(kt) + "&lang=" + lang,
        "Accept",
        "text/html");
  }

  String csrf(String path) {
    HttpAnswer page = get(path);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("a form on %s", path).isTrue();
    return csrf.group(1);
  }

  /** Posts a form with the session and CSRF tokens (the token read from {@code from}). */
  HttpAnswer post(String from, String path, String... fields) {
    return postRaw(path, "kt=" + enc(kt) + "&csrf=" + enc(csrf(from)) + form(fields));
  }

  HttpAnswer postWithoutCsrf(String path, String... fields) {
    return postRaw(path, "kt=" + enc(kt) + form(fields));
  }

  /** The page a saved form leads to (POST-redirect-GET). */
  static String followed(HttpAnswer saved) {
    assertThat(saved.status()).as("%s", saved).isEqualTo(303);
    return Http.get(saved.location().orElseThrow(), "Accept", "text/html").body();
  }

  private static HttpAnswer postRaw(String path, String body) {
    return Http.post(path, "application/x-www-form-urlencoded", body, "Accept", "text/html");
  }

  static String form(String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      body.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
    }
    return body.toString();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
