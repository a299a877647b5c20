package kz.kenes.quiz.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.application.BankAccess.Bank;
import kz.kenes.quiz.application.QuestionBanks;
import kz.kenes.quiz.application.QuestionBanks.BankSummary;
import kz.kenes.quiz.application.QuestionBanks.QuestionDraft;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.Question;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The question banks of program modules (docs/quizzes.md, "Question banks and pools"), named by the
 * module's id: the program's administrators (the admin token, an administrator of the program's
 * university) and the staff of a course that delivers the module list, add, edit, remove and import
 * its questions; learners get 403, anyone else 404.
 */
@Path("/api/question-banks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Question banks")
public class QuestionBankResource {

  @Inject Authenticator auth;
  @Inject QuestionBanks banks;
  @Context HttpHeaders headers;

  /** A bank and its size. */
  public record BankView(
      long moduleId,
      long programId,
      String programCode,
      String moduleCode,
      String title,
      long size,
      List<String> competencies,
      List<String> outcomes) {
    static BankView of(BankSummary s) {
      Bank b = s.bank();
      return new BankView(
          b.moduleId(),
          b.programId(),
          b.programCode(),
          b.moduleCode(),
          b.title(),
          s.size(),
          b.competencies(),
          b.outcomes());
    }
  }

  /** A bank question with everything, right answers included. */
  public record QuestionView(
      long id,
      long moduleId,
      long programId,
      String code,
      Question question,
      List<String> competencies,
      List<String> outcomes,
      Instant createdAt,
      Instant updatedAt) {
    static QuestionView of(BankQuestion q) {
      return new QuestionView(
          q.id(),
          q.moduleId(),
          q.programId(),
          q.code(),
          q.question(),
          q.competencies(),
          q.outcomes(),
          q.createdAt(),
          q.updatedAt());
    }
  }

  /** A page of a bank's questions; {@code total} is the size of the filtered pool. */
  public record QuestionPage(
      long moduleId, long total, int offset, int limit, List<QuestionView> items) {}

  /** What an import added. */
  public record Imported(int imported, List<QuestionView> items) {}

  @GET
  @Operation(summary = "The banks of the modules the caller's course delivers, with their sizes")
  public List<BankView> list() {
    return banks.ofCourse(auth.requireSession(headers, null)).stream().map(BankView::of).toList();
  }

  @GET
  @Path("{moduleId}")
  @Operation(summary = "A module's bank: the module, its size, its competencies and outcomes")
  public BankView bank(@PathParam("moduleId") long moduleId) {
    return BankView.of(banks.bank(caller(), moduleId));
  }

  @GET
  @Path("{moduleId}/questions")
  @Operation(
      summary = "A page of a bank's questions, oldest first",
      description =
          "?competency= and ?outcome= keep the questions carrying that tag (case and spacing"
              + " ignored); total is how many match: the size of that pool.")
  public QuestionPage questions(
      @PathParam("moduleId") long moduleId,
      @QueryParam("competency") String competency,
      @QueryParam("outcome") String outcome,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > 200) {
      throw new InvalidInput("limit", "offset is 0 or more; limit is 1 to 200.");
    }
    QuestionBanks.Page page = banks.list(caller(), moduleId, competency, outcome, offset, limit);
    return new QuestionPage(
        moduleId,
        page.total(),
        offset,
        limit,
        page.items().stream().map(QuestionView::of).toList());
  }

  @POST
  @Path("{moduleId}/questions")
  @Operation(
      summary = "Add a question to a bank",
      description =
          "Body: {question: {code, type, text, points, ..., competencies}, outcomes: [...]}; 409"
              + " bank-code-taken when the bank has the code.")
  public Response add(@PathParam("moduleId") long moduleId, QuestionDraft draft) {
    BankQuestion q = banks.add(caller(), moduleId, draft);
    return Response.created(URI.create("/api/question-banks/" + moduleId + "/questions/" + q.id()))
        .entity(QuestionView.of(q))
        .build();
  }

  @GET
  @Path("{moduleId}/questions/{id}")
  @Operation(summary = "One question of a bank")
  public QuestionView question(@PathParam("moduleId") long moduleId, @PathParam("id") long id) {
    return QuestionView.of(banks.question(caller(), moduleId, id));
  }

  @PUT
  @Path("{moduleId}/questions/{id}")
  @Operation(summary = "Replace a bank question and its tags; attempts keep their own copy")
  public QuestionView revise(
      @PathParam("moduleId") long moduleId, @PathParam("id") long id, QuestionDraft draft) {
    return QuestionView.of(banks.revise(caller(), moduleId, id, draft));
  }

  @DELETE
  @Path("{moduleId}/questions/{id}")
  @Operation(summary = "Remove a question from a bank; attempts that drew it keep their copy")
  public Response remove(@PathParam("moduleId") long moduleId, @PathParam("id") long id) {
    banks.remove(caller(), moduleId, id);
    return Response.noContent().build();
  }

  @POST
  @Path("{moduleId}/import")
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(
      summary = "Add the questions of a GIFT text or a Moodle XML export to a bank",
      description =
          "?format=gift|moodle-xml (default: moodle-xml for an XML body, else gift),"
              + " ?language=kk|ru|en (default en), ?competency= and ?outcome= tag every question."
              + " All or nothing; taken codes get -2, -3, ...; 400 invalid-gift or"
              + " invalid-moodle-xml names each question at fault.")
  public Response importInto(
      @PathParam("moduleId") long moduleId,
      @QueryParam("format") String format,
      @QueryParam("language") @DefaultValue("en") String language,
      @QueryParam("competency") String competency,
      @QueryParam("outcome") String outcome,
      String body) {
    List<BankQuestion> made =
        banks.importInto(caller(), moduleId, format(format), body, language, competency, outcome);
    return Response.status(201)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Imported(made.size(), made.stream().map(QuestionView::of).toList()))
        .build();
  }

  private QuestionBanks.Format format(String format) {
    if (format == null || format.isBlank()) {
      MediaType type = headers.getMediaType();
      return type != null && type.getSubtype().endsWith("xml")
          ? QuestionBanks.Format.MOODLE_XML
          : QuestionBanks.Format.GIFT;
    }
    return switch (format) {
      case "gift" -> QuestionBanks.Format.GIFT;
      case "moodle-xml", "moodle" -> QuestionBanks.Format.MOODLE_XML;
      default -> throw new InvalidInput("format", "format is gift or moodle-xml.");
    };
  }

  private Optional<KenesSession> caller() {
    return auth.requireAdminTokenOrSession(headers, null);
  }
}
