package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kz.kenes.crowdsourcing.application.NotificationMails;
import kz.kenes.crowdsourcing.application.Notifications;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The unsubscribe link of every notification mail ({@code /mail/unsubscribe/{token}}), no session
 * needed: the random token names the member. Opening it shows a button (a POST, so that a mail
 * scanner that follows links turns nothing off); the POST turns the member's mails off, and is also
 * the RFC 8058 one-click unsubscribe that mail programs send ({@code List-Unsubscribe-Post}). A
 * wrong token is the 404 page.
 */
@Path(NotificationMails.UNSUBSCRIBE_PATH + "{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePageResource {

  @Inject Notifications notifications;
  @Inject PageSessions pages;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response page(@PathParam("token") String token, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    boolean off = notifications.unsubscribeTarget(token).mailsOff();
    return HtmlPages.ok(render(locale, token, off));
  }

  @POST
  @Operation(hidden = true)
  public Response unsubscribe(@PathParam("token") String token, @QueryParam("lang") String lang) {
    notifications.unsubscribe(token);
    return HtmlPages.ok(render(pages.anonymousLocale(headers, lang), token, true));
  }

  private String render(Locale locale, String token, boolean off) {
    PageModel page = PageModel.of(locale, "unsubscribe.title");
    page.with("pageTitle", null)
        .with("off", off)
        .with("formAction", NotificationMails.UNSUBSCRIBE_PATH + token);
    return views.render("crowdsourcing/unsubscribe", locale, page.asMap());
  }
}
