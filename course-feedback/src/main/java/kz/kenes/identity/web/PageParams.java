package kz.kenes.identity.web;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import kz.kenes.identity.api.Authenticator;

/**
 * What every page opened by a link ({@code GET}) is asked with, gathered by {@code @BeanParam
 * PageParams params} so that page resources stop repeating it: the session token ({@code kt}), an
 * explicit language choice ({@code lang}), the confirmation a saved form redirected to ({@code
 * done}, see {@link PageSessions.PageRequest#redirect}) and the request's headers (a Bearer token,
 * {@code Accept-Language}). {@link PageSessions#open(PageParams)} turns them into the page request.
 * A plain class with injected fields, as Jakarta REST fills a bean parameter.
 */
public class PageParams {

  @QueryParam(Authenticator.TOKEN_PARAM)
  private String kt;

  @QueryParam("lang")
  private String lang;

  @QueryParam("done")
  private String done;

  @Context private HttpHeaders headers;

  /** For Jakarta REST, which fills the fields. */
  public PageParams() {}

  /** Parameters given by hand (tests). */
  public PageParams(HttpHeaders headers, String kt, String lang, String done) {
    this.headers = headers;
    this.kt = kt;
    this.lang = lang;
    this.done = done;
  }

  /** The session token of the link, or null (then a Bearer header may carry it). */
  public String kt() {
    return kt;
  }

  /** The language chosen on the page's language links, or null. */
  public String lang() {
    return lang;
  }

  /** The confirmation to show after a saved form, or null; each page knows its own. */
  public String done() {
    return done;
  }

  public HttpHeaders headers() {
    return headers;
  }
}
