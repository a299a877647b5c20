package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignFigureQueries;
import kz.kenes.crowdsourcing.domain.CampaignFigureQueries.GroupFigures;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.Effectiveness;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;

/**
 * The effectiveness figures (docs/crowdsourcing.md, "Figures"): per campaign Totalks, Outks, Rr and
 * resource intensity with the figures per group; across the campaigns an administrator reaches, the
 * same per program, field of education and university.
 */
@ApplicationScoped
public class CampaignFigures {

  /** Most campaigns one overview adds up. */
  public static final int MAX_CAMPAIGNS = 1000;

  @Inject CampaignAccess access;
  @Inject CampaignRepository campaigns;
  @Inject CampaignFigureQueries queries;
  @Inject ProgramCatalog programs;

  /** One campaign's figures. */
  public record Figures(
      Campaign campaign, Effectiveness effectiveness, List<GroupFigures> groups) {}

  /** A campaign's figures with where it belongs. */
  public record Row(
      Campaign campaign,
      String programCode,
      String field,
      String university,
      Effectiveness figures) {}

  /** Figures added up under one key (a program, a field, a university). */
  public record Total(String key, long campaigns, Effectiveness figures) {}

  /** The overview. */
  public record Overview(
      List<Row> campaigns, List<Total> byProgram, List<Total> byField, List<Total> byUniversity) {}

  @Transactional
  public Figures of(CampaignCaller caller, long campaignId) {
    CampaignAccess.Entry entry =
        access.enter(caller, campaignId, kz.kenes.crowdsourcing.domain.CampaignAction.VIEW);
    if (!entry.staff()) {
      throw new NotAllowed("The figures are for the campaign's organisers and facilitators.");
    }
    List<GroupFigures> groups = queries.perGroup(campaignId);
    return new Figures(entry.campaign(), sumOf(groups), groups);
  }

  /**
   * Totalks and Outks of a campaign as the sums of its groups' proposals and acceptances: every
   * proposal has one group, and both count the same proposals (the hidden ones left out), so one
   * read of the campaign's proposals gives both (docs/performance.md, "Crowdsourcing dashboard").
   */
  static Effectiveness sumOf(List<GroupFigures> groups) {
    return new Effectiveness(
        groups.stream().mapToLong(GroupFigures::proposals).sum(),
        groups.stream().mapToLong(GroupFigures::accepted).sum());
  }

  @Transactional
  public Overview overview(CampaignCaller caller) {
    var scope =
        caller
            .adminScope()
            .orElseThrow(() -> new NotAllowed("The overview is for administrators."));
    List<Campaign> list = campaigns.list(Campaigns.universities(scope), null, 0, MAX_CAMPAIGNS);
    Map<Long, Effectiveness> figures =
        queries.effectiveness(list.stream().map(Campaign::id).toList());
    Map<Long, EducationalProgram> known = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Campaign c : list) {
      EducationalProgram p = known.computeIfAbsent(c.programId(), id -> programOrNull(id));
      rows.add(
          new Row(
              c,
              p == null ? "#" + c.programId() : p.code(),
              p == null ? "" : p.field(),
              p == null ? "#" + c.universityId() : p.university().name(),
              figures.getOrDefault(c.id(), new Effectiveness(0, 0))));
    }
    return new Overview(
        rows,
        totals(rows, r -> r.university() + " / " + r.programCode()),
        totals(rows, Row::field),
        totals(rows, Row::university));
  }

  private EducationalProgram programOrNull(long id) {
    try {
      return programs.find(id);
    } catch (kz.kenes.platform.domain.NotFound removed) {
      return null;
    }
  }

  private static List<Total> totals(List<Row> rows, Function<Row, String> key) {
    Map<String, long[]> sums = new java.util.TreeMap<>();
    for (Row row : rows) {
      long[] sum = sums.computeIfAbsent(key.apply(row), k -> new long[3]);
      sum[0]++;
      sum[1] += row.figures().totalks();
      sum[2] += row.figures().outks();
    }
    return sums.entrySet().stream()
        .map(
            e ->
                new Total(
                    e.getKey(),
                    e.getValue()[0],
                    new Effectiveness(e.getValue()[1], e.getValue()[2])))
        .toList();
  }
}
