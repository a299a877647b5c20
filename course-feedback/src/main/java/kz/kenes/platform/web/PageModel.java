package kz.kenes.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import kz.kenes.platform.i18n.Messages;

/**
 * What every page template needs besides its own content, as the flat variables the shared layout
 * ({@code templates/layout.html}) reads: {@code lang}, {@code pageTitle}, the session token {@code
 * kt} and {@code csrf} token that links and forms carry (the session lives in the page, not in a
 * cookie, so it works in an LMS iframe), the viewer's {@code role} (it becomes {@code
 * data-kenes-role} on the body), the versioned asset URLs and the language switch links, which keep
 * the session token.
 */
public final class PageModel {

  /** Each language named in itself, in the order of the switch. */
  static final Map<String, String> LANGUAGE_NAMES = languageNames();

  private final Locale locale;
  private final Map<String, Object> values = new HashMap<>();
  private String token;

  private PageModel(Locale locale) {
    this.locale = locale;
  }

  /** A page in this language whose title is the text of {@code titleKey}. */
  public static PageModel of(Locale locale, String titleKey) {
    PageModel page = new PageModel(locale);
    page.values.put("lang", locale.getLanguage());
    page.values.put("pageTitle", Messages.bundle(locale).getString(titleKey));
    page.values.put("cssUrl", StaticAssets.shared().url("kenes.css"));
    page.values.put("jsUrl", StaticAssets.shared().url("kenes.js"));
    page.values.put("logoUrl", StaticAssets.shared().url("kenes.svg"));
    return page;
  }

  /** The viewer's session: its token, its CSRF token and its Kenes role code. */
  public PageModel session(String sessionToken, String csrf, String role) {
    this.token = sessionToken;
    values.put("kt", sessionToken);
    values.put("csrf", csrf);
    values.put("role", role);
    values.put("homeUrl", link("/app", Map.of()));
    return this;
  }

  /** Language switch links to {@code path} with {@code query}, the session token and a lang. */
  public PageModel switchLinks(String path, Map<String, String> query) {
    List<LocaleLink> links =
        LANGUAGE_NAMES.entrySet().stream()
            .map(
                language -> {
                  Map<String, String> withLang = new LinkedHashMap<>(query);
                  withLang.put("lang", language.getKey());
                  return new LocaleLink(
                      language.getKey(),
                      language.getValue(),
                      link(path, withLang),
                      language.getKey().equals(locale.getLanguage()));
                })
            .toList();
    values.put("localeLinks", links);
    return this;
  }

  public PageModel with(String key, Object value) {
    values.put(key, value);
    return this;
  }

  /**
   * The pager of a list shown {@code pageSize} items at a time: {@code total}, the range {@code
   * from}–{@code to} of the {@code shown} items listed from {@code start}, and the links to the
   * previous and next pages ({@code linkFrom} makes the link of the page starting at an offset),
   * null where there is none. Rendered by {@code parts/lists :: pager}.
   */
  public PageModel withPager(
      int start, int shown, int pageSize, long total, IntFunction<String> linkFrom) {
    return with("total", total)
        .with("from", start + 1)
        .with("to", start + shown)
        .with("previousUrl", start > 0 ? linkFrom.apply(Math.max(0, start - pageSize)) : null)
        .with("nextUrl", start + pageSize < total ? linkFrom.apply(start + pageSize) : null);
  }

  /** The query of a list page starting at {@code start}: none for the first page. */
  public static Map<String, String> offsetQuery(int start) {
    return start <= 0 ? Map.of() : Map.of("offset", String.valueOf(start));
  }

  /** A link to {@code path} that keeps this page's session token; see {@link #href}. */
  public String link(String path, Map<String, String> query) {
    return href(token, path, query);
  }

  /**
   * A link to {@code path} with the session token {@code kt} (when not null) and {@code query},
   * each value URL-encoded; parameters with a null value are left out.
   */
  public static String href(String kt, String path, Map<String, String> query) {
    Map<String, String> all = new LinkedHashMap<>();
    if (kt != null) {
      all.put("kt", kt);
    }
    all.putAll(query);
    String encoded =
        all.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return encoded.isEmpty() ? path : path + "?" + encoded;
  }

  public Locale locale() {
    return locale;
  }

  /** The variables for {@link Views#render}. */
  public Map<String, Object> asMap() {
    return new HashMap<>(values);
  }

  /** One entry of the language switch. */
  public record LocaleLink(String code, String label, String href, boolean current) {}

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, String> languageNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("kk", "Қазақша");
    names.put("ru", "Русский");
    names.put("en", "English");
    return java.util.Collections.unmodifiableMap(names);
  }
}
