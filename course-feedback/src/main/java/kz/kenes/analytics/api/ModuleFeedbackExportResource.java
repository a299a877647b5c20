package kz.kenes.analytics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import kz.kenes.analytics.application.ModuleFeedbackExports;
import kz.kenes.analytics.application.ModuleFeedbackReports;
import kz.kenes.analytics.application.ProgramOverviews;
import kz.kenes.analytics.application.ProgramOverviews.Overview;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.survey.application.ModuleFeedbackInstrument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Module feedback as CSV files (docs/exports.md, "Module feedback"): a module's report and open
 * answers for whoever may read the report, the program overview for the university's
 * administrators, and the codebook. Same CSV conventions as the survey exports; the page reference
 * {@code kt} works as in those, so the pages link the files.
 */
@Path("/api/module-feedback/export")
@Tag(name = "Module feedback")
public class ModuleFeedbackExportResource {

  @Inject Authenticator auth;
  @Inject ModuleFeedbackExports exports;
  @Inject ModuleFeedbackReports reports;
  @Inject ProgramOverviews overviews;
  @Inject ModuleFeedbackInstrument instrument;
  @Context HttpHeaders headers;

  @GET
  @Path("modules/{moduleId}/report.csv")
  @Produces(SurveyExportResource.CSV)
  @Operation(
      summary = "A module's report as CSV, long form",
      description =
          "One row per version (group and item *), per version and group, per version and item;"
              + " a withheld row carries only n. UTF-8 with BOM, RFC 4180, formula-safe cells.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response report(@PathParam("moduleId") long moduleId, @QueryParam("kt") String kt) {
    KenesSession session = auth.requireSession(headers, kt);
    reports.report(session, moduleId, (Integer) null);
    return file(
        "module-" + moduleId + "-report.csv", out -> exports.writeReport(session, moduleId, out));
  }

  @GET
  @Path("modules/{moduleId}/open-answers.csv")
  @Produces(SurveyExportResource.CSV)
  @Operation(
      summary = "A module's shown open answers as CSV, newest first",
      description =
          "The answers the report lists: not hidden, of (version, group) cells that reach the"
              + " privacy minimum; never a name. At most 100,200 answers.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response openAnswers(@PathParam("moduleId") long moduleId, @QueryParam("kt") String kt) {
    KenesSession session = auth.requireSession(headers, kt);
    reports.report(session, moduleId, (Integer) null);
    return file(
        "module-" + moduleId + "-open-answers.csv",
        out -> exports.writeOpenAnswers(session, moduleId, out));
  }

  @GET
  @Path("overview.csv")
  @Produces(SurveyExportResource.CSV)
  @Operation(
      summary = "The program overview's modules as CSV, where to revise first",
      description = "For administrators; university as in GET /api/module-feedback/overview.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response overview(
      @QueryParam("kt") String kt, @QueryParam("university") String university) {
    Overview overview = overviewOf(kt, university);
    return file("module-overview.csv", out -> exports.writeOverview(overview, out));
  }

  @GET
  @Path("overview-fields.csv")
  @Produces(SurveyExportResource.CSV)
  @Operation(summary = "The program overview per field of education as CSV")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response fields(@QueryParam("kt") String kt, @QueryParam("university") String university) {
    Overview overview = overviewOf(kt, university);
    return file("module-overview-fields.csv", out -> exports.writeFields(overview, out));
  }

  @GET
  @Path("codebook.csv")
  @Produces(SurveyExportResource.CSV)
  @Operation(summary = "Codebook of the module feedback CSV files, item texts in lang")
  @APIResponse(responseCode = "200", description = "The codebook")
  public Response codebook(@QueryParam("kt") String kt, @QueryParam("lang") String lang) {
    auth.requireSession(headers, kt);
    String language = Messages.supported(lang).orElse(Locale.ENGLISH).getLanguage();
    Map<String, String> items = instrument.itemTexts(null, language);
    return file("module-feedback-codebook.csv", out -> exports.writeCodebook(items, out));
  }

  private Overview overviewOf(String kt, String university) {
    KenesSession session = auth.requireSession(headers, kt);
    return overviews.overview(session, ProgramOverviewResource.university(university));
  }

  private static Response file(String name, Consumer<Writer> writer) {
    StreamingOutput body =
        output -> {
          Writer out =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 16384);
          writer.accept(out);
          out.flush();
        };
    return Response.ok(body, SurveyExportResource.CSV)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
