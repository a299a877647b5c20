package kz.kenes.crowdsourcing.api;

import java.math.BigDecimal;
import java.util.List;
import kz.kenes.crowdsourcing.application.CampaignFigures;
import kz.kenes.crowdsourcing.domain.CampaignFigureQueries.GroupFigures;
import kz.kenes.crowdsourcing.domain.Effectiveness;

/**
 * Effectiveness figures as the API shows them: Rr and resource intensity are null when undefined
 * (nothing proposed, nothing accepted), never 0 or infinity.
 */
public record FiguresView(
    long totalks, long outks, BigDecimal resourceEfficiency, BigDecimal resourceIntensity) {

  public static FiguresView of(Effectiveness e) {
    return new FiguresView(
        e.totalks(),
        e.outks(),
        e.resourceEfficiency().orElse(null),
        e.resourceIntensity().orElse(null));
  }

  /** One campaign's figures with its groups. */
  public record CampaignFiguresView(
      long campaignId, String title, String stage, FiguresView figures, List<GroupView> groups) {
    static CampaignFiguresView of(CampaignFigures.Figures f) {
      return new CampaignFiguresView(
          f.campaign().id(),
          f.campaign().title(),
          f.campaign().stage().code(),
          FiguresView.of(f.effectiveness()),
          f.groups().stream().map(GroupView::of).toList());
    }
  }

  /** A group's figures; its acceptance rate null when it proposed nothing. */
  public record GroupView(
      String group, long participants, long proposals, long accepted, BigDecimal acceptance) {
    static GroupView of(GroupFigures g) {
      return new GroupView(
          g.groupCode(),
          g.participants(),
          g.proposals(),
          g.accepted(),
          new Effectiveness(g.proposals(), g.accepted()).resourceEfficiency().orElse(null));
    }
  }
}
