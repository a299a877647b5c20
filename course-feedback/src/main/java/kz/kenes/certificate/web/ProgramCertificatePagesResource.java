package kz.kenes.certificate.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.kenes.certificate.application.ProgramCertificates;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The certificates page of a program for its administrators ({@code
 * /app/admin/programs/{id}/certificates}, linked from the program's page): the program's completion
 * rules and the certificate's text, the certificates issued (by pages), issue by hand and revoke,
 * each with a reason. Administrators of the program's university only; plain forms with the session
 * and CSRF tokens; refused input is shown on the page again with 400.
 */
@Path("/app/admin/programs/{id}/certificates")
public class ProgramCertificatePagesResource {

  @Inject PageSessions pages;
  @Inject ProgramCertificates programs;
  @Inject Views views;
  @Context HttpHeaders headers;

  /** A course of the program to require. */
  public record CourseChoice(long contextRef, String title, String modules, boolean chosen) {}

  /** The path of a program's certificates page. */
  public static String path(long programId) {
    return "/app/admin/programs/" + programId + "/certificates";
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(
      @PathParam("id") long id,
      @BeanParam PageParams params,
      @QueryParam("offset") Integer offset) {
    PageRequest request = pages.open(params).requireAdmin();
    int start = offset == null ? 0 : Math.max(0, offset);
    PageModel page = request.page("progcert.page.title", path(id), PageModel.offsetQuery(start));
    ProgramCertificates.Editing editing = editing(request, id);
    model(request, page, editing, editing.settings(), start);
    if (params.done() != null && params.done().matches("[a-zA-Z]{1,20}")) {
      page.with("confirmation", "certificate.done." + params.done());
    }
    return HtmlPages.ok(views.render("certificate/program", request.locale(), page.asMap()));
  }

  @POST
  @Path("rules")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response saveRules(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    ProgramRuleSettings shown = null;
    try {
      shown = settings(form);
      programs.change(request.session().scope(), id, shown);
      return request.redirect(path(id), "saved");
    } catch (InvalidInput refused) {
      return refused(request, id, refused, shown);
    }
  }

  @POST
  @Path("issue")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response issue(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    long userRef;
    try {
      userRef = Long.parseLong(String.valueOf(form.getFirst("userRef")));
    } catch (NumberFormatException e) {
      return refused(request, id, new InvalidInput("userRef", "choose a learner"), null);
    }
    try {
      KenesSession session = request.session();
      programs.issueByAdmin(
          session.scope(), session.userRef(), id, userRef, form.getFirst("reason"));
      return request.redirect(path(id), "issued");
    } catch (InvalidInput refused) {
      return refused(request, id, refused, null);
    }
  }

  @POST
  @Path("revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revoke(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    if (!"yes".equals(form.getFirst("confirm"))) {
      return refused(request, id, new InvalidInput("confirm", "confirm the revocation"), null);
    }
    try {
      KenesSession session = request.session();
      programs.revoke(
          session.scope(), session.userRef(), id, form.getFirst("number"), form.getFirst("reason"));
      return request.redirect(path(id), "revoked");
    } catch (InvalidInput refused) {
      return refused(request, id, refused, null);
    }
  }

  private ProgramCertificates.Editing editing(PageRequest request, long id) {
    KenesSession session = request.session();
    return programs.editing(session.scope(), id, session.userRef());
  }

  private Response refused(
      PageRequest request, long id, InvalidInput refused, ProgramRuleSettings shown) {
    PageModel page = request.page("progcert.page.title", path(id), Map.of());
    ProgramCertificates.Editing editing = editing(request, id);
    model(request, page, editing, shown == null ? editing.settings() : shown, 0);
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> fields = new LinkedHashSet<>(refused.fieldErrors().keySet());
    if (fields.isEmpty()) {
      fields.add("form");
    }
    fields.forEach(
        f ->
            errors.put(
                f,
                "requiredCourses".equals(f)
                    ? "progcert.error.requiredCourses"
                    : "certificate.error." + f));
    page.with("errors", errors);
    return HtmlPages.status(
        400, views.render("certificate/program", request.locale(), page.asMap()));
  }

  private void model(
      PageRequest request,
      PageModel page,
      ProgramCertificates.Editing editing,
      ProgramRuleSettings settings,
      int start) {
    Locale locale = request.locale();
    String language = locale.getLanguage();
    long id = editing.programId();
    List<CourseChoice> courses =
        editing.courses().stream()
            .map(
                c ->
                    new CourseChoice(
                        c.contextRef(),
                        c.title(),
                        String.join(", ", c.modules()),
                        settings.requiredCourses().contains(c.contextRef())))
            .toList();
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    ProgramCertificates.ProgramPage list =
        programs.certificates(request.session().scope(), id, start);
    List<CertificatePagesResource.Row> rows = new ArrayList<>();
    for (Certificate c : list.certificates()) {
      rows.add(CertificatePagesResource.row(c, page, dates, language));
    }
    List<CertificatePagesResource.LearnerRow> learners =
        programs.learners(request.session().scope(), id).stream()
            .map(
                l ->
                    new CertificatePagesResource.LearnerRow(
                        l.userRef(),
                        l.displayName().isBlank() ? "#" + l.userRef() : l.displayName()))
            .toList();
    String path = path(id);
    page.with("program", editing)
        .with("rules", settings)
        .with("courses", courses)
        .with("competenciesText", String.join("\n", settings.competencies()))
        .with("certificates", rows)
        .with("learners", learners)
        .with("programUrl", page.link("/app/admin/programs/" + id, Map.of()));
    CertificatePagesResource.listing(
        page, path, list.offset(), rows.size(), ProgramCertificates.PAGE, list.total());
  }

  static ProgramRuleSettings settings(MultivaluedMap<String, String> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<Long> courses = new ArrayList<>();
    List<String> chosen = form.get("requiredCourses");
    for (String c : chosen == null ? List.<String>of() : chosen) {
      try {
        courses.add(Long.valueOf(c));
      } catch (NumberFormatException e) {
        errors.put("requiredCourses", "not a course");
      }
    }
    RuleSettings text;
    try {
      // the same fields, read the same way, as a course's rules form
      text = CertificatePagesResource.settings(form);
    } catch (InvalidInput refused) {
      errors.putAll(refused.fieldErrors());
      text = null;
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          "invalid-certificate-rules", "the program certificate rules: " + errors, errors);
    }
    return new ProgramRuleSettings(
        courses,
        text.minPercent(),
        text.autoIssue(),
        text.title(),
        text.hours(),
        text.credits(),
        text.competencies());
  }
}
