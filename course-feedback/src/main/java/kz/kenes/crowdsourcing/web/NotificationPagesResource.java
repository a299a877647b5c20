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
import java.util.ArrayList;
import java.util.HashMap;
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
 * newest first, each naming the proposal and its campaign and linking to the proposal where the
 * member may still open it; and, when Kenes sends mail, the address it writes to and a form that
 * turns the e-mails off or on again (session and CSRF tokens).
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
                notifications.entries(caller),
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
   * The notifications as the page lists them: the kind, the titles of the proposal and campaign,
   * the reason, when (in the page's language, UTC, as the campaign pages' dates; the instant itself
   * for {@code <time datetime>}) and the proposal's link where the reader may open it (else null).
   */
  static List<Map<String, String>> rows(
      List<Notifications.Entry> list, Locale locale, LongFunction<String> proposalLink) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Notifications.Entry entry : list) {
      CampaignNotification n = entry.notification();
      Map<String, String> row = new HashMap<>();
      row.put("kind", n.kind().code());
      row.put("proposal", entry.proposalTitle());
      row.put("campaign", entry.campaignTitle());
      row.put("reason", n.reason());
      row.put("at", CampaignDates.dateTime(n.createdAt(), locale));
      row.put("datetime", n.createdAt().toString());
      row.put("url", entry.mayOpen() ? proposalLink.apply(n.proposalId()) : null);
      rows.add(row);
    }
    return rows;
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
