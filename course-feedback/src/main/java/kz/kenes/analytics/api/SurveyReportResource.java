package kz.kenes.analytics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kz.kenes.analytics.application.ReportAccess;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.analytics.application.SurveyReports;
import kz.kenes.survey.api.SurveyCallers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The before/after report of a survey as JSON. */
@Path("/api/surveys/{id}/report")
@Tag(name = "Survey analysis")
public class SurveyReportResource {

  @Inject SurveyCallers callers;
  @Inject ReportAccess access;
  @Inject SurveyReports reports;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Before/after report of a survey",
      description =
          "Per stakeholder group and round: n, mean, SD, median, frequencies and levels; per group"
              + " Student's and Welch's t, Cohen's d with its 95% CI, chi-square of the levels,"
              + " the paired t for linked respondents; the papers' Table 2; per item and module"
              + " summaries; Cronbach's alpha per round. Every statistic carries 'available' and,"
              + " when false, 'reason' and 'explanation'. Only submitted responses count.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "before/after is not a round of the survey")
  @APIResponse(responseCode = "401", description = "No session or admin token")
  @APIResponse(responseCode = "403", description = "Not staff of a course delivering the program")
  @APIResponse(responseCode = "404", description = "No such survey")
  public ReportView report(
      @PathParam("id") long id,
      @Parameter(description = "Session token, when not sent as Bearer") @QueryParam("kt")
          String kt,
      @Parameter(description = "Baseline round id (default: the first round)") @QueryParam("before")
          Long before,
      @Parameter(description = "Follow-up round id (default: the last round)") @QueryParam("after")
          Long after) {
    SurveyHead survey = access.requireReader(callers.requireStaff(headers, kt), id);
    return ReportView.of(reports.report(survey, before, after));
  }
}
