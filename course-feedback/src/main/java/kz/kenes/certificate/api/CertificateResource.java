package kz.kenes.certificate.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.kenes.certificate.application.CertificatePdf;
import kz.kenes.certificate.application.CertificateRules;
import kz.kenes.certificate.application.CertificateUrls;
import kz.kenes.certificate.application.Certificates;
import kz.kenes.certificate.application.OpenBadges;
import kz.kenes.certificate.application.ProgramLearners;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Progress;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Certificates by the caller's session (docs/certificates.md): the staff of a course read and set
 * its completion rules, list its certificates, issue one to a learner and revoke one, each with a
 * reason; a learner reads their progress and certificates; the learner and the course's staff
 * download a certificate's PDF and Open Badges credential. Nothing crosses courses: a number of
 * another course answers 404 like an unknown one.
 */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

  @Inject Authenticator auth;
  @Inject Certificates certificates;
  @Inject CertificateRules rules;
  @Inject CertificateUrls urls;
  @Inject OpenBadges badges;
  @Inject Messages messages;
  @Inject ProgramLearners programLearners;
  @Context HttpHeaders headers;

  /** The rules of a course and what they can name. */
  public record RulesView(RuleSettings rules, List<Named> quizzes, List<Named> surveys) {}

  /** A quiz or survey a rule can name. */
  public record Named(String reference, String title) {}

  /** A learner's progress and certificates. */
  public record ProgressView(
      boolean hasRules,
      boolean autoIssue,
      boolean complete,
      List<Progress.Condition> conditions,
      List<CertificateView> certificates) {}

  /** A page of the course's certificates. */
  public record CoursePageView(List<CertificateView> certificates, long total, int offset) {}

  @GET
  @Path("rules")
  @Operation(summary = "The completion rules of the staff member's course")
  public RulesView rules() {
    return view(rules.editing(session()));
  }

  @PUT
  @Path("rules")
  @Operation(
      summary = "Set the completion rules and certificate text of the staff member's course",
      description =
          "Body: {\"requiredQuizzes\": [\"quiz:7\"], \"minPercent\": 60, \"requiredSurveys\":"
              + " [12], \"autoIssue\": true, \"title\": \"…\", \"hours\": 72, \"credits\": 3,"
              + " \"competencies\": [\"…\"]}. 400 invalid-certificate-rules names each field.")
  public RulesView changeRules(JsonObject body) {
    KenesSession session = session();
    rules.change(session, settings(body));
    return view(rules.editing(session));
  }

  @GET
  @Path("course")
  @Operation(summary = "The certificates of the staff member's course, newest first, by pages")
  public CoursePageView course(@QueryParam("offset") Integer offset) {
    Certificates.CoursePage page =
        certificates.courseCertificates(session(), offset == null ? 0 : offset);
    return new CoursePageView(views(page.certificates()), page.total(), page.offset());
  }

  /** A learner of the course Kenes has seen, with whether the rules held then. */
  public record LearnerView(long userRef, String displayName, boolean complete) {}

  @GET
  @Path("course/learners")
  @Operation(summary = "The learners of the course Kenes has seen, to issue to by hand")
  public List<LearnerView> learners() {
    return certificates.learners(session()).stream()
        .map(l -> new LearnerView(l.userRef(), l.displayName(), l.complete()))
        .toList();
  }

  @POST
  @Path("course/issue")
  @Operation(
      summary = "Issue a certificate to a learner of the course, with a reason",
      description =
          "Body: {\"userRef\": 42, \"reason\": \"…\"}. The learner must be one Kenes has seen in"
              + " the course (404 certificate-learner-unknown); 409 certificate-exists when they"
              + " hold a valid certificate.")
  public Response issue(JsonObject body) {
    Certificate issued =
        certificates.issueByStaff(session(), number(body, "userRef"), text(body, "reason"));
    return Response.status(201).entity(view(issued)).build();
  }

  @POST
  @Path("{number}/revoke")
  @Operation(summary = "Revoke a certificate of the course, with a reason (audited)")
  public CertificateView revoke(@PathParam("number") String number, JsonObject body) {
    return view(certificates.revoke(session(), number, text(body, "reason")));
  }

  @GET
  @Path("mine")
  @Operation(summary = "The learner's progress against the course's rules and their certificates")
  public ProgressView mine() {
    Certificates.LearnerView view = certificates.learnerView(session());
    return new ProgressView(
        view.hasRules(),
        view.autoIssue(),
        view.progress().complete(),
        view.progress().conditions(),
        views(view.certificates()));
  }

  @GET
  @Path("{number}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The certificate's PDF (its learner or the course's staff; kt for links)")
  public Response pdf(
      @PathParam("number") String number,
      @QueryParam("kt") String kt,
      @QueryParam("lang") String lang) {
    KenesSession session = auth.requireSession(headers, kt);
    Certificate certificate = certificates.downloadable(session, number);
    Locale locale =
        messages.choose(lang, session.locale(), headers.getHeaderString("Accept-Language"));
    byte[] pdf =
        CertificatePdf.render(
            new CertificatePdf.Sheet(
                certificate.content(),
                certificate.number().value(),
                certificate.issuedAt(),
                urls.verification(certificate.number())),
            locale);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificate-" + certificate.number().value() + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{number}/credential")
  @Operation(
      summary = "The certificate as an Open Badges 3.0 OpenBadgeCredential",
      description =
          "format=jwt answers the signed VC-JWT (application/vc+jwt), verifiable with the keys at"
              + " /certificates/issuer/jwks; else the credential's JSON.")
  public Response credential(
      @PathParam("number") String number,
      @QueryParam("kt") String kt,
      @QueryParam("format") String format) {
    Certificate certificate = certificates.downloadable(auth.requireSession(headers, kt), number);
    String name = "certificate-" + certificate.number().value();
    if ("jwt".equals(format)) {
      return Response.ok(badges.signedCredential(certificate), "application/vc+jwt")
          .header("Content-Disposition", "attachment; filename=\"" + name + ".jwt\"")
          .header("Cache-Control", "no-store")
          .build();
    }
    return Response.ok(badges.credential(certificate), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"" + name + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private KenesSession session() {
    return auth.requireSession(headers, null);
  }

  /** The learner identity's progress against the rules of the programs of their course. */
  public record ProgramProgressView(
      long programId,
      String programName,
      boolean autoIssue,
      boolean complete,
      List<Progress.Condition> conditions,
      java.util.Map<Long, String> courses) {}

  /** A learner's program certificates and progress. */
  public record ProgramsView(
      List<ProgramProgressView> programs, List<CertificateView> certificates) {}

  @GET
  @Path("programs/mine")
  @Operation(
      summary =
          "The learner's progress against the rules of the programs their course delivers, and"
              + " the program certificates they hold (of any program, on their platform)")
  public ProgramsView myPrograms() {
    ProgramLearners.LearnerView view = programLearners.mine(session());
    return new ProgramsView(
        view.programs().stream()
            .map(
                p ->
                    new ProgramProgressView(
                        p.programId(),
                        p.programName(),
                        p.autoIssue(),
                        p.progress().complete(),
                        p.progress().conditions(),
                        p.courseTitles()))
            .toList(),
        views(view.certificates()));
  }

  private CertificateView view(Certificate c) {
    return CertificateView.of(c, urls.verification(c.number()));
  }

  private List<CertificateView> views(List<Certificate> list) {
    return list.stream().map(this::view).toList();
  }

  private static RulesView view(CertificateRules.Editing editing) {
    return new RulesView(
        editing.settings(),
        editing.quizzes().stream().map(q -> new Named(q.reference(), q.title())).toList(),
        editing.surveys().stream()
            .map(s -> new Named(Long.toString(s.surveyId()), s.title()))
            .toList());
  }

  static RuleSettings settings(JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object with the rules is required");
    }
    try {
      return new RuleSettings(
          strings(body, "requiredQuizzes"),
          integer(body, "minPercent"),
          strings(body, "requiredSurveys").stream().map(Long::valueOf).toList(),
          body.getBoolean("autoIssue", false),
          body.containsKey("title") && !body.isNull("title") ? body.getString("title") : "",
          integer(body, "hours"),
          decimal(body, "credits"),
          strings(body, "competencies"));
    } catch (ClassCastException | NumberFormatException | ArithmeticException e) {
      throw new InvalidInput("body", "a field of the rules has the wrong type: " + e.getMessage());
    }
  }

  static List<String> strings(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonValue item : (JsonArray) value) {
      out.add(
          item instanceof JsonString s
              ? s.getString()
              : ((JsonNumber) item).bigDecimalValue().toBigIntegerExact().toString());
    }
    return out;
  }

  static Integer integer(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return ((JsonNumber) value).intValueExact();
  }

  static BigDecimal decimal(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return ((JsonNumber) value).bigDecimalValue();
  }

  static long number(JsonObject body, String field) {
    JsonValue value = body == null ? null : body.get(field);
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      throw new InvalidInput(field, field + " must be a whole number");
    }
    return n.longValue();
  }

  static String text(JsonObject body, String field) {
    JsonValue value = body == null ? null : body.get(field);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
