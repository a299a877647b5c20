package kz.kenes.analytics.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.analytics.application.ReportAccess;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.analytics.application.SurveyReports;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The report page of a survey ({@code /app/surveys/{id}/report?kt=…&lang=…&before=&after=}): the
 * papers' Table 2, the per-group comparison, Cronbach's alpha, per-item distributions, two charts
 * with their tables, download links and a printable layout. Same access as the report API: the
 * session is resolved once, the survey loaded and authorised once, then reported on.
 */
@Path("/app/surveys/{id}/report")
public class ReportPageResource {

  @Inject PageSessions pages;
  @Inject ReportAccess access;
  @Inject SurveyReports reports;
  @Inject ReportPage render;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(
      @PathParam("id") long id,
      @QueryParam("kt") String kt,
      @QueryParam("lang") String lang,
      @QueryParam("before") Long before,
      @QueryParam("after") Long after) {
    PageRequest request = pages.open(headers, kt, lang);
    SurveyHead survey = access.requireReader(access.staffOf(request.session()), id);
    return HtmlPages.ok(render.render(request, reports.report(survey, before, after)));
  }
}
