package kz.kenes.analytics.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ReportQueries;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.ReliabilityAggregate;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * The report's aggregates in SQL on the survey tables (V4), plain JDBC on {@code jdbc/kenes}: every
 * statistic is a {@code COUNT}/{@code SUM} with {@code GROUP BY}, every value a bound parameter.
 * Only submitted responses count. The queries live by family: the survey's structure ({@link
 * SurveyStructureSql}), respondents' scores ({@link ResponseScoreSql}), answers per item ({@link
 * ItemAnswerSql}), per module ({@link ModuleScoreSql}) and what Cronbach's alpha needs ({@link
 * ReliabilitySql}); this class answers {@link ReportQueries} with them.
 */
@ApplicationScoped
public class JdbcReportQueries implements ReportQueries {

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  private SurveyStructureSql structure;
  private ResponseScoreSql responses;
  private ItemAnswerSql itemAnswers;
  private ModuleScoreSql modules;
  private ReliabilitySql reliability;

  public JdbcReportQueries() {}

  /** Outside the container (tests): on this data source. */
  public JdbcReportQueries(DataSource dataSource) {
    this.dataSource = dataSource;
    init();
  }

  @PostConstruct
  void init() {
    structure = new SurveyStructureSql(dataSource);
    responses = new ResponseScoreSql(dataSource);
    itemAnswers = new ItemAnswerSql(dataSource);
    modules = new ModuleScoreSql(dataSource);
    reliability = new ReliabilitySql(dataSource);
  }

  @Override
  public Optional<SurveyHead> survey(long surveyId) {
    return structure.survey(surveyId);
  }

  @Override
  public List<RoundRow> rounds(long surveyId) {
    return structure.rounds(surveyId);
  }

  @Override
  public List<ItemRow> items(List<Long> versionIds) {
    return structure.items(versionIds);
  }

  @Override
  public List<GroupRow> groups() {
    return structure.groups();
  }

  @Override
  public Map<String, Long> responseCounts(long roundId) {
    return responses.responseCounts(roundId);
  }

  @Override
  public Map<String, ScoreRow> scaleScores(long roundId, LevelCutoffs cutoffs) {
    return responses.scaleScores(roundId, cutoffs);
  }

  @Override
  public Map<String, AnswerCounts> scaleAnswers(long roundId) {
    return responses.scaleAnswers(roundId);
  }

  @Override
  public Map<String, Moments> pairedDifferences(long beforeRoundId, long afterRoundId) {
    return responses.pairedDifferences(beforeRoundId, afterRoundId);
  }

  @Override
  public Map<Long, Map<String, AnswerCounts>> itemScaleAnswers(long roundId) {
    return itemAnswers.itemScaleAnswers(roundId);
  }

  @Override
  public Map<Long, Map<String, Map<Integer, Long>>> itemOptionCounts(long roundId) {
    return itemAnswers.itemOptionCounts(roundId);
  }

  @Override
  public Map<Long, Map<String, Map<String, Long>>> itemChoiceCounts(long roundId) {
    return itemAnswers.itemChoiceCounts(roundId);
  }

  @Override
  public Map<Long, Map<String, Long>> itemTextCounts(long roundId) {
    return itemAnswers.itemTextCounts(roundId);
  }

  @Override
  public Map<Long, Map<String, ScoreRow>> moduleScores(long roundId, LevelCutoffs cutoffs) {
    return modules.moduleScores(roundId, cutoffs);
  }

  @Override
  public Map<Long, Map<String, AnswerCounts>> moduleAnswers(long roundId) {
    return modules.moduleAnswers(roundId);
  }

  @Override
  public Map<String, ReliabilityAggregate> reliability(long roundId, List<Long> itemIds) {
    return reliability.reliability(roundId, itemIds);
  }
}
