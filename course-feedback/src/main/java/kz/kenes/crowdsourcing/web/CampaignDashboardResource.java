package kz.kenes.crowdsourcing.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignFigures;
import kz.kenes.crowdsourcing.domain.Effectiveness;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The effectiveness dashboard of an administrator ({@code /app/campaign-figures}): every campaign
 * of the universities they reach with Totalks, Outks, Rr and resource intensity (an undefined ratio
 * said to be so), the totals per program, field of education and university, and the CSV export.
 */
@Path(CampaignDashboardResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class CampaignDashboardResource {

  public static final String PATH = "/app/campaign-figures";

  @Inject PageSessions pages;
  @Inject CampaignFigures figures;
  @Inject Views views;

  /** Figures as a row of the dashboard shows them; a ratio is null when undefined. */
  public record FigureRow(
      String name,
      String detail,
      long campaigns,
      long totalks,
      long outks,
      String rr,
      String intensity,
      String href) {}

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    CampaignFigures.Overview overview = figures.overview(CampaignCaller.of(request.session()));
    PageModel page = request.page("campaign.figures.title", PATH, Map.of());
    String language = request.locale().getLanguage();
    List<FigureRow> campaigns =
        overview.campaigns().stream()
            .map(
                r ->
                    row(
                        r.campaign().title(),
                        r.university() + " · " + r.programCode() + " · " + r.field(),
                        1,
                        r.figures(),
                        page.link(
                            CampaignPageResource.path(r.campaign().id()),
                            Map.of("lang", language))))
            .toList();
    page.with("campaignRows", campaigns)
        .with("programRows", totals(overview.byProgram()))
        .with("fieldRows", totals(overview.byField()))
        .with("universityRows", totals(overview.byUniversity()))
        .with("csvUrl", page.link("/api/campaign-figures/csv", Map.of()))
        .with("backUrl", page.link("/app", Map.of("lang", language)));
    return HtmlPages.ok(views.render("crowdsourcing/dashboard", request.locale(), page.asMap()));
  }

  private static List<FigureRow> totals(List<CampaignFigures.Total> totals) {
    return totals.stream().map(t -> row(t.key(), "", t.campaigns(), t.figures(), null)).toList();
  }

  private static FigureRow row(
      String name, String detail, long campaigns, Effectiveness e, String href) {
    return new FigureRow(
        name,
        detail,
        campaigns,
        e.totalks(),
        e.outks(),
        e.resourceEfficiency().map(BigDecimal::toPlainString).orElse(null),
        e.resourceIntensity().map(BigDecimal::toPlainString).orElse(null),
        href);
  }
}
