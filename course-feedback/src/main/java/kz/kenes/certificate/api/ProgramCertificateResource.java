package kz.kenes.certificate.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.List;
import kz.kenes.certificate.application.CertificateUrls;
import kz.kenes.certificate.application.ProgramCertificates;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.api.Authenticator.AdminCaller;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Certificates of a whole program (docs/certificates.md, "Certificates of a program"): its
 * administrators (an administrator's LTI launch of the program's university, or the admin token)
 * read and set its completion rules, list its certificates, issue one to a learner and revoke one,
 * each with a reason. Anyone else gets 403; a number of another program answers 404.
 */
@Path("/api/admin/programs/{programId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class ProgramCertificateResource {

  @Inject Authenticator auth;
  @Inject ProgramCertificates programs;
  @Inject CertificateUrls urls;
  @Context HttpHeaders headers;

  /** A course of the program, to require. */
  public record CourseView(long contextRef, String title, List<String> modules) {}

  /** The program's rules and the courses they can name. */
  public record RulesView(
      long programId,
      String programCode,
      String programName,
      boolean set,
      ProgramRuleSettings rules,
      List<CourseView> courses) {}

  /** A page of the program's certificates. */
  public record PageView(List<CertificateView> certificates, long total, int offset) {}

  /** A learner seen in one of the program's courses. */
  public record LearnerView(long userRef, String displayName) {}

  @GET
  @Path("rules")
  @Operation(
      summary = "The program's certificate rules and text (defaults from its modules when unset)")
  public RulesView rules(@PathParam("programId") long programId) {
    AdminCaller caller = auth.requireAdmin(headers, null);
    return view(programs.editing(caller.scope(), programId, actor(caller)));
  }

  @PUT
  @Path("rules")
  @Operation(
      summary = "Set the program's certificate rules and text",
      description =
          "Body: {\"requiredCourses\": [12, 15] (empty: every course delivering its modules),"
              + " \"minPercent\": 60, \"autoIssue\": true, \"title\": \"…\", \"hours\": 240,"
              + " \"credits\": 8, \"competencies\": [\"…\"]}. 400 invalid-certificate-rules names"
              + " each field.")
  public RulesView changeRules(@PathParam("programId") long programId, JsonObject body) {
    AdminCaller caller = auth.requireAdmin(headers, null);
    programs.change(caller.scope(), programId, settings(body));
    return view(programs.editing(caller.scope(), programId, actor(caller)));
  }

  @GET
  @Operation(summary = "The program's certificates, newest first, by pages of 25")
  public PageView list(
      @PathParam("programId") long programId, @QueryParam("offset") Integer offset) {
    ProgramCertificates.ProgramPage page =
        programs.certificates(
            auth.requireAdmin(headers, null).scope(), programId, offset == null ? 0 : offset);
    return new PageView(
        page.certificates().stream().map(this::view).toList(), page.total(), page.offset());
  }

  @GET
  @Path("learners")
  @Operation(summary = "The learners Kenes has seen in the program's courses, to issue to")
  public List<LearnerView> learners(@PathParam("programId") long programId) {
    return programs.learners(auth.requireAdmin(headers, null).scope(), programId).stream()
        .map(l -> new LearnerView(l.userRef(), l.displayName()))
        .toList();
  }

  @POST
  @Path("issue")
  @Operation(
      summary = "Issue the program's certificate to a learner, with a reason",
      description =
          "Body: {\"userRef\": 42, \"reason\": \"…\"}. 404 certificate-learner-unknown for a"
              + " learner not seen in the program's courses; 409 certificate-exists.")
  public Response issue(@PathParam("programId") long programId, JsonObject body) {
    AdminCaller caller = auth.requireAdmin(headers, null);
    Certificate issued =
        programs.issueByAdmin(
            caller.scope(),
            actor(caller),
            programId,
            CertificateResource.number(body, "userRef"),
            CertificateResource.text(body, "reason"));
    return Response.status(201).entity(view(issued)).build();
  }

  @POST
  @Path("{number}/revoke")
  @Operation(summary = "Revoke a certificate of the program, with a reason (audited)")
  public CertificateView revoke(
      @PathParam("programId") long programId, @PathParam("number") String number, JsonObject body) {
    AdminCaller caller = auth.requireAdmin(headers, null);
    return view(
        programs.revoke(
            caller.scope(),
            actor(caller),
            programId,
            number,
            CertificateResource.text(body, "reason")));
  }

  private static Long actor(AdminCaller caller) {
    return caller.session().map(KenesSession::userRef).orElse(null);
  }

  private CertificateView view(Certificate c) {
    return CertificateView.of(c, urls.verification(c.number()));
  }

  private static RulesView view(ProgramCertificates.Editing editing) {
    return new RulesView(
        editing.programId(),
        editing.programCode(),
        editing.programName(),
        editing.set(),
        editing.settings(),
        editing.courses().stream()
            .map(c -> new CourseView(c.contextRef(), c.title(), c.modules()))
            .toList());
  }

  static ProgramRuleSettings settings(JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "a JSON object with the rules is required");
    }
    try {
      return new ProgramRuleSettings(
          CertificateResource.strings(body, "requiredCourses").stream().map(Long::valueOf).toList(),
          CertificateResource.integer(body, "minPercent"),
          body.getBoolean("autoIssue", false),
          body.containsKey("title") && !body.isNull("title") ? body.getString("title") : "",
          CertificateResource.integer(body, "hours"),
          CertificateResource.decimal(body, "credits"),
          CertificateResource.strings(body, "competencies"));
    } catch (ClassCastException | NumberFormatException | ArithmeticException e) {
      throw new InvalidInput("body", "a field of the rules has the wrong type: " + e.getMessage());
    }
  }
}
