package kz.kenes.lti.services.ags;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs of AGS built from the ones a platform gives. A line item URL may carry a query (Moodle's
 * {@code …/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3}); its scores and results live
 * under its path, so {@code /scores} goes into the path before the query, never at the end of the
 * string.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS 2.0 §3.4
 *     Score publish service</a>
 */
public final class AgsUrls {

  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern REL_NEXT =
      Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  private AgsUrls() {}

  /** The score publish URL of a line item: its path + {@code /scores}, its query kept. */
  public static URI scores(URI lineItem) {
    return withSegment(lineItem, "scores");
  }

  /** The results URL of a line item: its path + {@code /results}, its query kept. */
  public static URI results(URI lineItem) {
    return withSegment(lineItem, "results");
  }

  /** {@code url} with these query parameters added to the ones it has. */
  public static URI withQuery(URI url, Map<String, String> parameters) {
    StringBuilder query = new StringBuilder(url.getRawQuery() == null ? "" : url.getRawQuery());
    parameters.forEach(
        (name, value) -> {
          if (value != null) {
            query.append(query.length() == 0 ? "" : "&").append(encode(name)).append('=');
            query.append(encode(value));
          }
        });
    return rebuild(url, url.getRawPath(), query.length() == 0 ? null : query.toString());
  }

  /**
   * The {@code rel="next"} target among {@code Link} header values (RFC 8288), resolved against the
   * URL that answered; empty on the last page.
   */
  public static Optional<URI> next(URI answered, List<String> linkHeaders) {
    for (String header : linkHeaders) {
      Matcher link = LINK.matcher(header);
      while (link.find()) {
        Matcher rel = REL_NEXT.matcher(link.group(2));
        while (rel.find()) {
          for (String value : rel.group(1).trim().split("\\s+")) {
            if (value.equalsIgnoreCase("next")) {
              return Optional.of(answered.resolve(link.group(1).trim()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static URI withSegment(URI url, String segment) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return rebuild(url, path + "/" + segment, url.getRawQuery());
  }

  private static URI rebuild(URI url, String rawPath, String rawQuery) {
    return URI.create(
        url.getScheme()
            + "://"
            + url.getRawAuthority()
            + rawPath
            + (rawQuery == null ? "" : "?" + rawQuery));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
