package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.NonRespondents;
import kz.kenes.integration.lti.application.RosterSync;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The course's roster page for its instructors ({@code /app/course/roster}): the members the
 * platform listed at the last sync (active and inactive), their count, when it was synced and the
 * platform's message when the last sync failed, and a sync button (a plain form POST with the CSRF
 * token, {@code form#kenes-roster-sync}). A course whose launches sent no NRPS claim gets a notice
 * instead of the button. Per open survey round of the course, the active members who have not
 * answered it, by role, with a {@code mailto:} link (their e-mails in BCC, a reminder in the page's
 * language) and a CSV of them ({@code /app/course/roster/non-respondents?activity=…}); an anonymous
 * round lists no one and says why.
 */
@Path(Navigation.COURSE_ROSTER)
@Produces(MediaType.TEXT_HTML)
public class RosterPagesResource {

  static final String CSV = "text/csv; charset=UTF-8";

  /** Kenes role codes in the order their non-respondents are listed. */
  static final List<String> ROLES = List.of("learner", "instructor", "admin");

  /** The members of one role who have not answered. */
  public record RoleGroup(String role, List<NonRespondents.Member> members) {}

  /** An open activity's block of the page. */
  public record ActivityView(
      String reference,
      String title,
      String label,
      String closes,
      boolean anonymous,
      int enrolled,
      int missing,
      List<RoleGroup> groups,
      String mailto,
      int withoutEmail,
      String csvUrl) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOSES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject PageSessions pages;
  @Inject RosterSync rosters;
  @Inject NonRespondents nonRespondents;
  @Inject Messages messages;
  @Inject Views views;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    RosterSync.View view = rosters.view(request.session());
    PageModel page = request.page("roster.title", Navigation.COURSE_ROSTER, Map.of());
    page.with("members", view.members())
        .with("active", view.active())
        .with("total", view.members().size())
        .with("serviceOffered", view.serviceOffered())
        .with(
            "syncedAt",
            view.course().syncedAt() == null ? null : WHEN.format(view.course().syncedAt()))
        .with("syncError", view.course().error())
        .with("syncAction", Navigation.COURSE_ROSTER + "/sync");
    NonRespondents.View open = nonRespondents.of(request.session());
    page.with(
        "activities",
        open.activities().stream()
            .map(a -> activity(a, open.courseTitle(), request.locale(), page))
            .toList());
    String done = params.done();
    page.with(
        "confirmation",
        done != null && (done.equals("synced") || done.equals("noService"))
            ? "roster.done." + done
            : null);
    return HtmlPages.ok(views.render("course/roster", request.locale(), page.asMap()));
  }

  /** The non-respondents of one open activity as CSV: user id, name, e-mail, role. */
  @GET
  @Path("non-respondents")
  @Produces(CSV)
  @Operation(hidden = true)
  public Response nonRespondentsCsv(
      @BeanParam PageParams params, @QueryParam("activity") String activity) {
    PageRequest request = pages.open(params);
    NonRespondents.Activity a = nonRespondents.one(request.session(), String.valueOf(activity));
    StringBuilder csv = new StringBuilder("user_id,name,email,role\r\n");
    for (NonRespondents.Member m : a.missing()) {
      csv.append(cell(m.subject()))
          .append(',')
          .append(cell(m.name()))
          .append(',')
          .append(cell(m.email()))
          .append(',')
          .append(cell(m.role()))
          .append("\r\n");
    }
    String file = "non-respondents-" + a.reference().replaceAll("[^A-Za-z0-9-]", "-") + ".csv";
    return Response.ok(csv.toString(), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("sync")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response sync(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    return switch (rosters.sync(request.session())) {
      case SYNCED -> request.redirect(Navigation.COURSE_ROSTER, "synced");
      case NO_SERVICE -> request.redirect(Navigation.COURSE_ROSTER, "noService");
      case FAILED -> request.redirect(Navigation.COURSE_ROSTER, "failed");
    };
  }

  private ActivityView activity(
      NonRespondents.Activity a, String course, Locale locale, PageModel page) {
    Map<String, List<NonRespondents.Member>> byRole = new LinkedHashMap<>();
    ROLES.forEach(r -> byRole.put(r, new ArrayList<>()));
    a.missing().forEach(m -> byRole.computeIfAbsent(m.role(), r -> new ArrayList<>()).add(m));
    List<RoleGroup> groups = new ArrayList<>();
    byRole.forEach(
        (role, members) -> {
          if (!members.isEmpty()) {
            groups.add(new RoleGroup(role, List.copyOf(members)));
          }
        });
    String closes = a.closesAt() == null ? null : CLOSES.format(a.closesAt());
    List<String> emails = a.emails();
    String mailto =
        a.anonymous() || emails.isEmpty() ? null : mailto(emails, a, course, closes, locale);
    return new ActivityView(
        a.reference(),
        a.title(),
        a.label(),
        closes,
        a.anonymous(),
        a.enrolled(),
        a.missing().size(),
        groups,
        mailto,
        (int) a.missing().stream().filter(m -> m.email() == null).count(),
        a.anonymous() || a.missing().isEmpty()
            ? null
            : page.link(
                Navigation.COURSE_ROSTER + "/non-respondents", Map.of("activity", a.reference())));
  }

  /** {@code mailto:} with the e-mails in BCC and the reminder in the page's language (RFC 6068). */
  private String mailto(
      List<String> emails, NonRespondents.Activity a, String course, String closes, Locale locale) {
    String subject = messages.text(locale, "roster.remind.subject", a.title());
    String body =
        messages.text(
            locale,
            closes == null ? "roster.remind.body.open" : "roster.remind.body",
            a.title(),
            a.label(),
            course,
            closes);
    return "mailto:?bcc="
        + String.join(",", emails.stream().map(e -> encode(e).replace("%40", "@")).toList())
        + "&subject="
        + encode(subject)
        + "&body="
        + encode(body);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A CSV field, quoted; a leading formula character is neutralised for spreadsheets. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + value : value;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
