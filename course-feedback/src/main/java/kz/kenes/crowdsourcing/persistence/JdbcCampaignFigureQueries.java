package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.CampaignFigureQueries;
import kz.kenes.crowdsourcing.domain.Effectiveness;

/** The effectiveness counts in SQL over the crowdsourcing tables. */
@ApplicationScoped
public class JdbcCampaignFigureQueries implements CampaignFigureQueries {

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  private Jdbc jdbc;

  /** For CDI. */
  public JdbcCampaignFigureQueries() {}

  /** Over a data source of one's own (the benchmark's timing of these statements). */
  public JdbcCampaignFigureQueries(DataSource dataSource) {
    this.dataSource = dataSource;
    init();
  }

  @PostConstruct
  void init() {
    jdbc = new Jdbc(dataSource);
  }

  @Override
  public Map<Long, Effectiveness> effectiveness(Collection<Long> campaignIds) {
    Map<Long, Effectiveness> figures = new HashMap<>();
    if (campaignIds.isEmpty()) {
      return figures;
    }
    String marks = campaignIds.stream().map(id -> "?").collect(Collectors.joining(", "));
    jdbc.query(
        "select campaign_id, count(*), sum(case when status = 'ACCEPTED' then 1 else 0 end)"
            + " from campaign_proposal where hidden_reason is null and campaign_id in ("
            + marks
            + ") group by campaign_id",
        rows -> figures.put(rows.getLong(1), new Effectiveness(rows.getLong(2), rows.getLong(3))),
        campaignIds.toArray());
    return figures;
  }

  @Override
  public List<GroupFigures> perGroup(long campaignId) {
    Map<String, long[]> groups = new TreeMap<>();
    jdbc.query(
        "select group_code, count(*), sum(case when status = 'ACCEPTED' then 1 else 0 end)"
            + " from campaign_proposal where hidden_reason is null and campaign_id = ?"
            + " group by group_code",
        rows -> {
          long[] row = groups.computeIfAbsent(rows.getString(1), g -> new long[3]);
          row[1] = rows.getLong(2);
          row[2] = rows.getLong(3);
          return row;
        },
        campaignId);
    // The people who proposed, commented or voted, per group, as the writes of those rows keep
    // them (campaign_participant, V50; ADR 0033): an index-only count over its primary key instead
    // of a read of every proposal, comment and vote of the campaign (docs/performance.md,
    // "Crowdsourcing dashboard").
    jdbc.query(
        "select group_code, count(*) from campaign_participant where campaign_id = ?"
            + " group by group_code",
        rows -> {
          long[] row = groups.computeIfAbsent(rows.getString(1), g -> new long[3]);
          row[0] = rows.getLong(2);
          return row;
        },
        campaignId);
    return groups.entrySet().stream()
        .map(e -> new GroupFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }
}
