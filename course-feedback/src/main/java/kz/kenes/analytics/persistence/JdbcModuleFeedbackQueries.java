package kz.kenes.analytics.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ModuleFeedbackQueries;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * The module feedback report's {@code GROUP BY} over the survey context's module rating tables, in
 * the database (ADR 0006): per module version the moments of the respondents' mean scores and their
 * levels (also per stakeholder group), per item the answer counts, and the open answers ({@link
 * OpenAnswerSql}). The program overview's totals per module version come from {@code
 * module_rating_summary}, which the rating's write keeps (V34).
 */
@ApplicationScoped
public class JdbcModuleFeedbackQueries implements ModuleFeedbackQueries {

  private static final String MEAN = "(cast(scale_sum as double precision) / scale_count)";

  private static final String VERSIONS =
      "select module_version, count(*), sum("
          + MEAN
          + "), sum("
          + MEAN
          + " * "
          + MEAN
          + "), sum(case when scale_sum >= ? * scale_count then 1 else 0 end),"
          + " sum(case when scale_sum < ? * scale_count then 1 else 0 end)"
          + " from module_rating where module_id = ? and scale_count > 0"
          + " group by module_version order by module_version";

  private static final String ITEMS =
      "select item_code, score, count(*) from module_rating_answer"
          + " where module_id = ? and module_version = ? and score is not null"
          + " group by item_code, score";

  private static final String GROUPS =
      "select module_version, group_code, count(*), sum("
          + MEAN
          + "), sum("
          + MEAN
          + " * "
          + MEAN
          + "), sum(case when scale_sum >= ? * scale_count then 1 else 0 end),"
          + " sum(case when scale_sum < ? * scale_count then 1 else 0 end)"
          + " from module_rating where module_id = ? and scale_count > 0"
          + " group by module_version, group_code order by module_version, group_code";

  /** The most module ids bound in one query. */
  private static final int CHUNK = 500;

  private static final String MODULES =
      "select module_id, module_version, count(*), sum("
          + MEAN
          + "), sum("
          + MEAN
          + " * "
          + MEAN
          + "), sum(case when scale_sum >= ? * scale_count then 1 else 0 end),"
          + " sum(case when scale_sum < ? * scale_count then 1 else 0 end)"
          + " from module_rating where scale_count > 0 and module_id in (?)"
          + " group by module_id, module_version order by module_id, module_version";

  /**
   * {@link #MODULES} from the summary the rating's write keeps (V34), with the default cut-offs'
   * levels counted there: a few rows per module instead of every rating.
   */
  private static final String SUMMARIES =
      "select module_id, module_version, sum(ratings),"
          + " sum(cast(scale_sum as double precision) / scale_count),"
          + " sum(cast(scale_sum_sq as double precision) / (cast(scale_count as double precision)"
          + " * scale_count)), sum(high), sum(low)"
          + " from module_rating_summary where module_id in (?)"
          + " group by module_id, module_version having sum(ratings) > 0"
          + " order by module_id, module_version";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public List<VersionAggregate> versions(long moduleId, LevelCutoffs cutoffs) {
    List<VersionAggregate> versions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(VERSIONS)) {
      select.setDouble(1, cutoffs.highFrom());
      select.setDouble(2, cutoffs.dissatisfiedBelow());
      select.setLong(3, moduleId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          versions.add(
              new VersionAggregate(
                  rows.getInt(1),
                  new Moments(rows.getLong(2), rows.getDouble(3), rows.getDouble(4)),
                  rows.getLong(5),
                  rows.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not aggregate the ratings of module " + moduleId, e);
    }
    return versions;
  }

  @Override
  public Map<String, AnswerCounts> items(long moduleId, int version) {
    Map<String, long[]> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(ITEMS)) {
      select.setLong(1, moduleId);
      select.setInt(2, version);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int score = rows.getInt(2);
          if (score >= 0 && score <= 3) {
            counts.computeIfAbsent(rows.getString(1), c -> new long[4])[score] = rows.getLong(3);
          }
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not count the answers of module " + moduleId, e);
    }
    Map<String, AnswerCounts> items = new TreeMap<>();
    counts.forEach((code, c) -> items.put(code, AnswerCounts.ofCounts(c)));
    return items;
  }

  @Override
  public Map<Long, List<VersionAggregate>> versionsOf(
      Collection<Long> moduleIds, LevelCutoffs cutoffs) {
    Map<Long, List<VersionAggregate>> versions = new HashMap<>();
    boolean summarised = LevelCutoffs.DEFAULT.equals(cutoffs);
    List<Long> ids = List.copyOf(moduleIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      List<Object> parameters =
          summarised
              ? new ArrayList<>()
              : new ArrayList<>(List.of(cutoffs.highFrom(), cutoffs.dissatisfiedBelow()));
      parameters.addAll(chunk);
      Sql.query(
          dataSource,
          (summarised ? SUMMARIES : MODULES)
              .replace("?)", String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"),
          rows ->
              versions
                  .computeIfAbsent(rows.getLong(1), m -> new ArrayList<>())
                  .add(
                      new VersionAggregate(
                          rows.getInt(2),
                          new Moments(rows.getLong(3), rows.getDouble(4), rows.getDouble(5)),
                          rows.getLong(6),
                          rows.getLong(7))),
          parameters.toArray());
    }
    return versions;
  }

  @Override
  public List<GroupAggregate> groups(long moduleId, LevelCutoffs cutoffs) {
    List<GroupAggregate> groups = new ArrayList<>();
    Sql.query(
        dataSource,
        GROUPS,
        rows ->
            groups.add(
                new GroupAggregate(
                    rows.getInt(1),
                    rows.getString(2),
                    new Moments(rows.getLong(3), rows.getDouble(4), rows.getDouble(5)),
                    rows.getLong(6),
                    rows.getLong(7))),
        cutoffs.highFrom(),
        cutoffs.dissatisfiedBelow(),
        moduleId);
    return groups;
  }

  @Override
  public OpenAnswerPage openAnswers(long moduleId, OpenAnswerFilter filter, int offset, int limit) {
    return new OpenAnswerSql(dataSource).page(moduleId, filter, offset, limit);
  }
}
