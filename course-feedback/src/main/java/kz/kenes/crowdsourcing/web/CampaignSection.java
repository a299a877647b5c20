package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignAccess;
import kz.kenes.crowdsourcing.application.Campaigns;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;

/**
 * The campaigns of the programs the session's course delivers, on its landing page ({@code
 * courseCampaigns}): each with the stage open now and until when, linking to its page. A campaign
 * still in preparation shows only to its organisers and facilitators. An administrator's landing
 * page links the figures dashboard ({@code campaignFiguresUrl}).
 */
@ApplicationScoped
public class CampaignSection implements LandingSection {

  /** Most campaigns the landing page lists. */
  static final int LIMIT = 10;

  @Inject Campaigns campaigns;

  /** A campaign as the landing page lists it. */
  public record CampaignLink(
      String title,
      String stage,
      String endsAt,
      String href,
      String deskHref,
      String reviewsHref) {}

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    if (session.isAdmin()) {
      page.with(
          "campaignFiguresUrl",
          page.link(
              CampaignDashboardResource.PATH, Map.of("lang", request.locale().getLanguage())));
    }
    if (session.kind() != KenesSession.Kind.LTI || session.contextRef() == null) {
      return;
    }
    String language = request.locale().getLanguage();
    List<CampaignLink> links =
        campaigns.ofCourse(session, LIMIT).stream().map(e -> link(e, page, language)).toList();
    page.with("courseCampaigns", links);
  }

  private static CampaignLink link(CampaignAccess.Entry entry, PageModel page, String language) {
    var c = entry.campaign();
    return new CampaignLink(
        c.title(),
        c.stage().code(),
        CampaignDates.dateTime(c.schedule().endOf(c.stage()).orElse(null), page.locale()),
        page.link(CampaignPageResource.path(c.id()), Map.of("lang", language)),
        CampaignPages.deskLink(page, entry, page.locale()),
        CampaignPages.reviewsLink(page, entry, page.locale()));
  }
}
