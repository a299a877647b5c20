package kz.kenes.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.api.SessionReferences;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;

/**
 * The session behind a page request and the language to show it in. Pages are reached with the
 * session's page reference in the {@code kt} parameter (or a Bearer header); forms post it back
 * with their CSRF token. Each page's links carry a fresh reference ({@link
 * SessionReferences#pageReference}). The language is an explicit {@code lang} choice (then kept in
 * the session), else the session's language (the launch's {@code launch_presentation.locale}), else
 * {@code Accept-Language}, else English.
 */
@ApplicationScoped
public class PageSessions {

  @Inject Authenticator auth;
  @Inject SessionReferences references;
  @Inject SessionStore sessions;
  @Inject Messages messages;

  /** A page request of a known session, in the language chosen for it. */
  public record PageRequest(KenesSession session, String token, Locale locale) {

    /** The shared page variables, with language links back to {@code path}. */
    public PageModel page(String titleKey, String path, Map<String, String> query) {
      PageModel page =
          PageModel.of(locale, titleKey)
              .session(token, session.csrfToken(), session.role().code())
              .with("addressReference", addressReference())
              .switchLinks(path, query);
      if (!session.isAdmin()) {
        return page;
      }
      PageModel admin =
          page.with("programsNavUrl", page.link(Navigation.PROGRAMS, Map.of()))
              .with("surveysNavUrl", page.link(Navigation.SURVEYS, Map.of()))
              .with("instrumentsNavUrl", page.link(Navigation.INSTRUMENTS, Map.of()));
      return session.operator()
          ? admin.with("platformsNavUrl", page.link(Navigation.PLATFORMS, Map.of()))
          : admin;
    }

    /**
     * What the address bar may keep of the session once the page has loaded (kenes.js replaces the
     * {@code kt} of the address with it): the cookie reference, which opens nothing elsewhere; for
     * a URL reference nothing, so that it is neither bookmarked, synced nor printed.
     */
    public String addressReference() {
      return SessionReferences.isCookieReference(token) ? token : "";
    }

    /**
     * The POST-redirect-GET answer of a saved form: See Other to {@code path} with the session
     * token and {@code done} naming the confirmation to show.
     */
    public Response redirect(String path, String done) {
      return HtmlPages.seeOther(PageModel.href(token, path, Map.of("done", done)));
    }

    /** Refuses (403) anyone but the installation's operator (see {@code UniversityScope}). */
    public PageRequest requireOperator() {
      requireAdmin();
      session.scope().requireOperator("Platform registrations, tool keys and universities");
      return this;
    }

    /** Refuses (403) anyone but an administrator. */
    public PageRequest requireAdmin() {
      if (!session.isAdmin()) {
        throw new NotAllowed("Only administrators may open this page.");
      }
      return this;
    }
  }

  /** A page opened by a link ({@code GET}) with its parameters: 401 without a valid session. */
  public PageRequest open(PageParams params) {
    return open(params.headers(), params.kt(), params.lang());
  }

  /** A page opened by a link ({@code GET}): 401 without a valid session. */
  public PageRequest open(HttpHeaders headers, String kt, String lang) {
    KenesSession session = auth.requireSession(headers, kt);
    String token = references.pageReference(session);
    Optional<Locale> explicit = Messages.supported(lang);
    explicit
        .filter(l -> !l.getLanguage().equals(session.locale()))
        .ifPresent(l -> sessions.changeLocale(session.id(), l.getLanguage()));
    Locale locale = messages.choose(lang, session.locale(), acceptLanguage(headers));
    return new PageRequest(session, token, locale);
  }

  /** A page reached by posting a form: 401 without a session, 403 without its CSRF token. */
  public PageRequest submit(HttpHeaders headers, String kt, String csrf) {
    KenesSession session = auth.requireFormSession(kt, csrf);
    Locale locale = messages.choose(null, session.locale(), acceptLanguage(headers));
    return new PageRequest(session, references.pageReference(session), locale);
  }

  /** {@link #submit(HttpHeaders, String, String)} with the tokens the form posted. */
  public PageRequest submit(HttpHeaders headers, MultivaluedMap<String, String> form) {
    return submit(
        headers, form.getFirst(Authenticator.TOKEN_PARAM), form.getFirst(Authenticator.CSRF_PARAM));
  }

  /** The language of a page without a session (sign-in): explicit choice, then the browser's. */
  public Locale anonymousLocale(HttpHeaders headers, String lang) {
    return messages.choose(lang, null, acceptLanguage(headers));
  }

  private static String acceptLanguage(HttpHeaders headers) {
    return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
  }
}
