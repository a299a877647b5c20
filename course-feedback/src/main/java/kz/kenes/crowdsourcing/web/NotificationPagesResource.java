package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Notifications;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.mail.MailSettings;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A member's notifications page ({@code /app/notifications}): what happened to their proposals,
 * newest first, each linking to the proposal; and, when Kenes sends mail, the address it writes to
 * and a form that turns the e-mails off or on again (session and CSRF tokens).
 */
@Path(NotificationPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class NotificationPagesResource {

  public static final String PATH = "/app/notifications";

  @Inject PageSessions pages;
  @Inject Notifications notifications;
  @Inject MailSettings mail;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    CampaignCaller caller = CampaignCaller.of(request.session());
    Notifications.MailChoice choice = notifications.mailChoice(caller);
    PageModel page = request.page("notifications.title", PATH, Map.of());
    page.with("pageTitle", null)
        .with(
            "notifications",
            rows(
                notifications.of(caller),
                request.locale(),
                id -> page.link(ProposalPageResource.path(id), Map.of())))
        .with("mailOn", mail.smtp().enabled())
        .with("address", choice.address().orElse(null))
        .with("mailsOff", choice.mailsOff())
        .with("switched", params.done())
        .with("formAction", PATH + "/mail");
    return HtmlPages.ok(
        views.render("crowdsourcing/notifications", request.locale(), page.asMap()));
  }

  /**
   * The notifications as the page lists them: the kind, the reason, when (in the page's language,
   * UTC, as the campaign pages' dates; the instant itself for {@code <time datetime>}) and the
   * proposal's link.
   */
  static List<Map<String, String>> rows(
      List<CampaignNotification> list, Locale locale, LongFunction<String> proposalLink) {
    return list.stream()
        .map(
            n ->
                Map.of(
                    "kind", n.kind().code(),
                    "reason", n.reason(),
                    "at", CampaignDates.dateTime(n.createdAt(), locale),
                    "datetime", n.createdAt().toString(),
                    "url", proposalLink.apply(n.proposalId())))
        .toList();
  }

  @POST
  @Path("mail")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response switchMails(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    boolean off = "off".equals(form.getFirst("mails"));
    notifications.switchMails(CampaignCaller.of(request.session()), off);
    return request.redirect(PATH, off ? "mails-off" : "mails-on");
  }
}
