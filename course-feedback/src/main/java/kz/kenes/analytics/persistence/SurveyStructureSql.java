package kz.kenes.analytics.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ReportQueries.GroupRow;
import kz.kenes.analytics.application.ReportQueries.ItemRow;
import kz.kenes.analytics.application.ReportQueries.RoundRow;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * The survey's structure as the report reads it: the survey, its rounds, their items, the groups.
 */
final class SurveyStructureSql {

  private final DataSource dataSource;

  SurveyStructureSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Optional<SurveyHead> survey(long surveyId) {
    List<SurveyHead> found = new ArrayList<>();
    Sql.query(
        dataSource,
        "select id, title, program_id, module_id from survey where id = ?",
        r ->
            found.add(
                new SurveyHead(
                    r.getLong("id"),
                    r.getString("title"),
                    r.getLong("program_id"),
                    Sql.longOrNull(r, "module_id"))),
        surveyId);
    return found.stream().findFirst();
  }

  List<RoundRow> rounds(long surveyId) {
    List<RoundRow> rounds = new ArrayList<>();
    Sql.query(
        dataSource,
        "select r.id, r.position, r.kind, r.label, r.instrument_version_id, v.high_from,"
            + " v.dissatisfied_below from survey_round r join instrument_version v"
            + " on v.id = r.instrument_version_id where r.survey_id = ? order by r.position",
        r ->
            rounds.add(
                new RoundRow(
                    r.getLong("id"),
                    r.getInt("position"),
                    r.getString("kind"),
                    r.getString("label"),
                    r.getLong("instrument_version_id"),
                    new LevelCutoffs(r.getDouble("high_from"), r.getDouble("dissatisfied_below")))),
        surveyId);
    return rounds;
  }

  List<ItemRow> items(List<Long> versionIds) {
    List<ItemRow> items = new ArrayList<>();
    for (long versionId : versionIds.stream().distinct().toList()) {
      Sql.query(
          dataSource,
          "select i.id, i.version_id, i.position, i.code, i.kind, i.reversed, i.module_id,"
              + " m.title as module_title, i.content from instrument_item i"
              + " left join program_module m on m.id = i.module_id"
              + " where i.version_id = ? order by i.position, i.id",
          r ->
              items.add(
                  new ItemRow(
                      r.getLong("id"),
                      r.getLong("version_id"),
                      r.getInt("position"),
                      r.getString("code"),
                      r.getString("kind"),
                      r.getBoolean("reversed"),
                      Sql.longOrNull(r, "module_id"),
                      r.getString("module_title"),
                      r.getString("content"))),
          versionId);
    }
    return items;
  }

  List<GroupRow> groups() {
    List<GroupRow> groups = new ArrayList<>();
    Sql.query(
        dataSource,
        "select code, name from stakeholder_group order by code",
        r -> groups.add(new GroupRow(r.getString("code"), r.getString("name"))));
    return groups;
  }
}
