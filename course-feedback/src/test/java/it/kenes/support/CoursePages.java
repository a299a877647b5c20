package it.kenes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course pages ({@code /app/course/...}) of one launch's session: pages read with its page
 * reference ({@code kt}), each expected to answer 200, and forms posted with it and the CSRF token
 * of the last page read (the form's own page is read first when none was).
 */
public final class CoursePages {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final String kt;
  private final String formPage;
  private String csrf;

  private CoursePages(String kt, String formPage) {
    this.kt = kt;
    this.formPage = formPage;
  }

  /** The pages of a successful launch, whose forms are on {@code formPage}. */
  public static CoursePages of(Flow flow, String formPage) {
    assertThat(flow.succeeded()).as("%s", flow.launch()).isTrue();
    return new CoursePages(Http.pageReference(flow.sessionToken()), formPage);
  }

  /** The page reference, for URLs built by hand. */
  public String kt() {
    return kt;
  }

  /** GET {@code path} (it may hold a query) as a browser; it must answer 200. */
  public HttpAnswer get(String path) {
    HttpAnswer answer =
        Http.get(
            path + (path.contains("?") ? "&" : "?") + "kt=" + encode(kt), "Accept", "text/html");
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    Matcher m = CSRF.matcher(answer.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return answer;
  }

  /** The body of {@link #get}. */
  public String page(String path) {
    return get(path).body();
  }

  /** Posts a form of no fields but the page reference and the CSRF token. */
  public HttpAnswer post(String path) {
    if (csrf == null) {
      get(formPage);
    }
    assertThat(csrf).as("no CSRF token on %s", formPage).isNotNull();
    return Http.post(
        path,
        "application/x-www-form-urlencoded",
        "kt=" + encode(kt) + "&csrf=" + encode(csrf),
        "Accept",
        "text/html");
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
