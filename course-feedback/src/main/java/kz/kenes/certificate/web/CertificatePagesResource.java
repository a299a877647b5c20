package kz.kenes.certificate.web;

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
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.kenes.certificate.application.CertificateRules;
import kz.kenes.certificate.application.Certificates;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff's certificates page of a course ({@code /app/course/certificates}): the completion
 * rules and the certificate's text, the certificates issued (by pages), issue by hand and revoke,
 * each with a reason. Plain forms with the session token and CSRF token; refused input is shown on
 * the page again with 400.
 */
@Path(CertificatePagesResource.PATH)
public class CertificatePagesResource {

  public static final String PATH = "/app/course/certificates";

  @Inject PageSessions pages;
  @Inject CertificateRules rules;
  @Inject Certificates certificates;
  @Inject Views views;
  @Context HttpHeaders headers;

  /** A quiz or survey to choose for a rule. */
  public record Choice(String value, String title, boolean chosen) {}

  /** A learner to issue to. */
  public record LearnerRow(long userRef, String label) {}

  /** A certificate in the list. */
  public record Row(
      String number,
      String learner,
      String issued,
      String issuedBy,
      boolean revoked,
      String revokedOn,
      String revokeReason,
      String verifyUrl,
      String pdfUrl) {}

  /** Where the forms post. */
  public record Actions(String rules, String issue, String revoke) {}

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params, @QueryParam("offset") Integer offset) {
    PageRequest request = pages.open(params);
    int start = offset == null ? 0 : Math.max(0, offset);
    PageModel page = request.page("certificate.course.title", PATH, PageModel.offsetQuery(start));
    CertificateRules.Editing editing = rules.editing(request.session());
    model(request, page, editing.settings(), editing, start);
    if (params.done() != null && params.done().matches("[a-zA-Z]{1,20}")) {
      page.with("confirmation", "certificate.done." + params.done());
    }
    return HtmlPages.ok(views.render("certificate/course", request.locale(), page.asMap()));
  }

  @POST
  @Path("rules")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response saveRules(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    try {
      rules.change(request.session(), settings(form));
      return request.redirect(PATH, "saved");
    } catch (InvalidInput refused) {
      return refused(request, refused, null);
    }
  }

  @POST
  @Path("issue")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response issue(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    long userRef;
    try {
      userRef = Long.parseLong(String.valueOf(form.getFirst("userRef")));
    } catch (NumberFormatException e) {
      return refused(request, new InvalidInput("userRef", "choose a learner"), null);
    }
    try {
      certificates.issueByStaff(request.session(), userRef, form.getFirst("reason"));
      return request.redirect(PATH, "issued");
    } catch (InvalidInput refused) {
      return refused(request, refused, null);
    }
  }

  @POST
  @Path("revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revoke(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    if (!"yes".equals(form.getFirst("confirm"))) {
      return refused(request, new InvalidInput("confirm", "confirm the revocation"), null);
    }
    try {
      certificates.revoke(request.session(), form.getFirst("number"), form.getFirst("reason"));
      return request.redirect(PATH, "revoked");
    } catch (InvalidInput refused) {
      return refused(request, refused, null);
    }
  }

  private Response refused(PageRequest request, InvalidInput refused, RuleSettings shown) {
    PageModel page = request.page("certificate.course.title", PATH, Map.of());
    CertificateRules.Editing editing = rules.editing(request.session());
    model(request, page, shown == null ? editing.settings() : shown, editing, 0);
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> fields = new LinkedHashSet<>(refused.fieldErrors().keySet());
    if (fields.isEmpty()) {
      fields.add("form");
    }
    fields.forEach(f -> errors.put(f, "certificate.error." + f));
    page.with("errors", errors);
    return HtmlPages.status(
        400, views.render("certificate/course", request.locale(), page.asMap()));
  }

  private void model(
      PageRequest request,
      PageModel page,
      RuleSettings settings,
      CertificateRules.Editing editing,
      int start) {
    Locale locale = request.locale();
    String language = locale.getLanguage();
    List<Choice> quizzes = new ArrayList<>();
    editing
        .quizzes()
        .forEach(
            q ->
                quizzes.add(
                    new Choice(
                        q.reference(),
                        q.title(),
                        settings.requiredQuizzes().contains(q.reference()))));
    for (String quiz : settings.requiredQuizzes()) {
      if (quizzes.stream().noneMatch(c -> c.value().equals(quiz))) {
        quizzes.add(new Choice(quiz, quiz, true));
      }
    }
    List<Choice> surveys = new ArrayList<>();
    editing
        .surveys()
        .forEach(
            s ->
                surveys.add(
                    new Choice(
                        Long.toString(s.surveyId()),
                        s.title(),
                        settings.requiredSurveys().contains(s.surveyId()))));
    for (long survey : settings.requiredSurveys()) {
      if (surveys.stream().noneMatch(c -> c.value().equals(Long.toString(survey)))) {
        surveys.add(new Choice(Long.toString(survey), "survey " + survey, true));
      }
    }
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    Certificates.CoursePage list = certificates.courseCertificates(request.session(), start);
    List<Row> rows = new ArrayList<>();
    for (Certificate c : list.certificates()) {
      rows.add(row(c, page, dates, language));
    }
    List<LearnerRow> learners =
        certificates.learners(request.session()).stream()
            .map(
                l ->
                    new LearnerRow(
                        l.userRef(),
                        (l.displayName().isBlank() ? "#" + l.userRef() : l.displayName())
                            + (l.complete() ? " ✓" : "")))
            .toList();
    page.with("rules", settings)
        .with("quizzes", quizzes)
        .with("surveys", surveys)
        .with("competenciesText", String.join("\n", settings.competencies()))
        .with("certificates", rows)
        .with("learners", learners);
    listing(page, PATH, list.offset(), rows.size(), Certificates.PAGE, list.total());
  }

  /** A certificate as a staff list (a course's or a program's) shows it. */
  static Row row(Certificate c, PageModel page, DateTimeFormatter dates, String language) {
    String number = c.number().value();
    return new Row(
        number,
        c.content().learnerName(),
        dates.format(c.issuedAt().atZone(ZoneOffset.UTC)),
        c.issuedBy().name().toLowerCase(Locale.ROOT),
        c.revoked(),
        c.revokedAt().map(t -> dates.format(t.atZone(ZoneOffset.UTC))).orElse(null),
        c.revokeReason().orElse(null),
        "/verify/" + number + "?lang=" + language,
        page.link("/api/certificates/" + number + "/pdf", Map.of("lang", language)));
  }

  /** A staff list's form targets under {@code path} (rules, issue, revoke) and its pager. */
  static void listing(
      PageModel page, String path, int offset, int shown, int pageSize, long total) {
    page.with(
            "actions",
            new Actions(
                page.link(path + "/rules", Map.of()),
                page.link(path + "/issue", Map.of()),
                page.link(path + "/revoke", Map.of())))
        .withPager(
            offset, shown, pageSize, total, from -> page.link(path, PageModel.offsetQuery(from)));
  }

  static RuleSettings settings(MultivaluedMap<String, String> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer minPercent = integer(form, "minPercent", errors);
    Integer hours = integer(form, "hours", errors);
    BigDecimal credits = null;
    String creditsText = blankToNull(form.getFirst("credits"));
    if (creditsText != null) {
      try {
        credits = new BigDecimal(creditsText);
      } catch (NumberFormatException e) {
        errors.put("credits", "not a number");
      }
    }
    List<Long> surveys = new ArrayList<>();
    for (String s : list(form, "requiredSurveys")) {
      try {
        surveys.add(Long.valueOf(s));
      } catch (NumberFormatException e) {
        errors.put("requiredSurveys", "not a survey");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          "invalid-certificate-rules", "the certificate rules: " + errors, errors);
    }
    String competencies = form.getFirst("competencies");
    return new RuleSettings(
        list(form, "requiredQuizzes"),
        minPercent,
        surveys,
        "true".equals(form.getFirst("autoIssue")),
        form.getFirst("title"),
        hours,
        credits,
        competencies == null ? List.of() : Arrays.asList(competencies.split("\\R")));
  }

  private static List<String> list(MultivaluedMap<String, String> form, String field) {
    List<String> values = form.get(field);
    return values == null ? List.of() : values;
  }

  private static Integer integer(
      MultivaluedMap<String, String> form, String field, Map<String, String> errors) {
    String text = blankToNull(form.getFirst(field));
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      errors.put(field, "not a whole number");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
