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
import java.util.function.BiConsumer;
import kz.kenes.analytics.application.ReportAccess;
import kz.kenes.analytics.application.SurveyExports;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.survey.api.SurveyCallers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The survey's raw data as files (docs/exports.md): responses as CSV, its codebook, and SPSS syntax
 * that reads the CSV. Same access as the report. Files are streamed, never built in memory.
 */
@Path("/api/surveys/{id}/export")
@Tag(name = "Survey analysis")
public class SurveyExportResource {

  static final String CSV = "text/csv; charset=UTF-8";
  static final String SPSS = "text/plain; charset=UTF-8";

  @Inject SurveyCallers callers;
  @Inject ReportAccess access;
  @Inject SurveyExports exports;
  @Context HttpHeaders headers;

  @GET
  @Path("responses.csv")
  @Produces(CSV)
  @Operation(
      summary = "Submitted responses as CSV",
      description =
          "UTF-8 with BOM, RFC 4180; one row per submitted response, one column per item code."
              + " Cells that begin like a formula (= + - @ tab CR) are prefixed with '.")
  @APIResponse(responseCode = "200", description = "The CSV file")
  public Response responses(@PathParam("id") long id, @QueryParam("kt") String kt) {
    access.requireReader(callers.requireStaff(headers, kt), id);
    return file(id, "responses.csv", CSV, (surveyId, out) -> exports.writeResponses(surveyId, out));
  }

  @GET
  @Path("codebook.csv")
  @Produces(CSV)
  @Operation(summary = "Codebook of the responses CSV: variables, labels, types, value labels")
  @APIResponse(responseCode = "200", description = "The codebook")
  public Response codebook(
      @PathParam("id") long id, @QueryParam("kt") String kt, @QueryParam("lang") String lang) {
    access.requireReader(callers.requireStaff(headers, kt), id);
    Locale locale = locale(lang);
    return file(id, "codebook.csv", CSV, (s, out) -> exports.writeCodebook(s, locale, out));
  }

  @GET
  @Path("responses.sps")
  @Produces(SPSS)
  @Operation(summary = "SPSS/PSPP syntax that reads responses.csv with labels")
  @APIResponse(responseCode = "200", description = "The syntax file")
  public Response spss(
      @PathParam("id") long id, @QueryParam("kt") String kt, @QueryParam("lang") String lang) {
    access.requireReader(callers.requireStaff(headers, kt), id);
    Locale locale = locale(lang);
    return file(id, "responses.sps", SPSS, (s, out) -> exports.writeSpss(s, locale, out));
  }

  private static Locale locale(String lang) {
    return Messages.supported(lang).orElse(Locale.ENGLISH);
  }

  private static Response file(
      long surveyId, String name, String type, BiConsumer<Long, Writer> writer) {
    StreamingOutput body =
        output -> {
          Writer out =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 16384);
          writer.accept(surveyId, out);
          out.flush();
        };
    String filename = "survey-" + surveyId + "-" + name;
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
