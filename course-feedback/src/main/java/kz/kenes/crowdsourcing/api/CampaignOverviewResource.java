package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignFigures;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The effectiveness figures of every campaign an administrator reaches, and their totals per
 * program, field of education and university; as JSON or CSV.
 */
@Path("/api/campaign-figures")
@Tag(name = "Crowdsourcing")
public class CampaignOverviewResource {

  @Inject Authenticator auth;
  @Inject CampaignFigures figures;
  @Context HttpHeaders headers;

  /** A campaign's row. */
  public record RowView(
      long campaignId,
      String title,
      String program,
      String field,
      String university,
      String stage,
      FiguresView figures) {}

  /** A total. */
  public record TotalView(String key, long campaigns, FiguresView figures) {}

  /** The overview. */
  public record OverviewView(
      List<RowView> campaigns,
      List<TotalView> byProgram,
      List<TotalView> byField,
      List<TotalView> byUniversity) {}

  private CampaignFigures.Overview overview(String kt) {
    return figures.overview(new CampaignCaller(auth.requireAdminTokenOrSession(headers, kt)));
  }

  @GET
  @Produces("application/json")
  @Operation(summary = "Every campaign's figures and the totals per program, field, university")
  public OverviewView get() {
    CampaignFigures.Overview o = overview(null);
    return new OverviewView(
        o.campaigns().stream()
            .map(
                r ->
                    new RowView(
                        r.campaign().id(),
                        r.campaign().title(),
                        r.programCode(),
                        r.field(),
                        r.university(),
                        r.campaign().stage().code(),
                        FiguresView.of(r.figures())))
            .toList(),
        totals(o.byProgram()),
        totals(o.byField()),
        totals(o.byUniversity()));
  }

  private static List<TotalView> totals(List<CampaignFigures.Total> totals) {
    return totals.stream()
        .map(t -> new TotalView(t.key(), t.campaigns(), FiguresView.of(t.figures())))
        .toList();
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(
      summary = "The campaigns' figures as CSV (UTF-8, comma-separated; an undefined ratio empty)",
      description = "Also opened from the dashboard page with its page reference as 'kt'.")
  public Response csv(@jakarta.ws.rs.QueryParam("kt") String kt) {
    CampaignFigures.Overview o = overview(kt);
    StringBuilder csv =
        new StringBuilder(
            "campaign_id,title,program,field,university,stage,totalks,outks,rr,resource_intensity\r\n");
    for (CampaignFigures.Row r : o.campaigns()) {
      FiguresView f = FiguresView.of(r.figures());
      csv.append(
              Stream.of(
                      String.valueOf(r.campaign().id()),
                      r.campaign().title(),
                      r.programCode(),
                      r.field(),
                      r.university(),
                      r.campaign().stage().code(),
                      String.valueOf(f.totalks()),
                      String.valueOf(f.outks()),
                      plain(f.resourceEfficiency()),
                      plain(f.resourceIntensity()))
                  .map(CampaignOverviewResource::cell)
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return Response.ok(csv.toString())
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"campaign-figures.csv\"")
        .build();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** A CSV cell, quoted when needed; a leading formula character is neutralised. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
