package kz.kenes.survey.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.ModuleRating;
import kz.kenes.survey.domain.ModuleRatingRepository;

/**
 * Module ratings ({@code module_rating}, JPA) and their answers ({@code module_rating_answer},
 * plain JDBC on the container's data source, in the caller's transaction, as survey answers are
 * written: docs/adr/0008-plain-jdbc-on-the-hot-path.md), and the summary the program overview reads
 * ({@code module_rating_summary}, {@link JdbcRatingSummary}), in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaModuleRatingRepository implements ModuleRatingRepository {

  private static final JdbcAnswerRows.Table ANSWERS =
      new JdbcAnswerRows.Table(
          "module_rating_answer",
          "rating_id",
          List.of(
              "item_id",
              "item_code",
              "module_id",
              "module_version",
              "answer_value",
              "score",
              "answer_text"));

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<ModuleRating> find(long moduleId, int moduleVersion, String respondentKey) {
    return em.createQuery(
            "select r from ModuleRating r where r.moduleId = :module"
                + " and r.moduleVersion = :version and r.respondentKey = :key",
            ModuleRating.class)
        .setParameter("module", moduleId)
        .setParameter("version", moduleVersion)
        .setParameter("key", respondentKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, Integer> latestRatedVersions(String respondentKey, Collection<Long> moduleIds) {
    Map<Long, Integer> latest = new HashMap<>();
    if (moduleIds.isEmpty()) {
      return latest;
    }
    List<Object[]> rows =
        em.createQuery(
                "select r.moduleId, max(r.moduleVersion) from ModuleRating r"
                    + " where r.respondentKey = :key and r.moduleId in :modules"
                    + " group by r.moduleId",
                Object[].class)
            .setParameter("key", respondentKey)
            .setParameter("modules", List.copyOf(moduleIds))
            .getResultList();
    for (Object[] row : rows) {
      latest.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return latest;
  }

  @Override
  public Map<String, Object> answersOf(ModuleRating rating) {
    Map<String, Object> answers = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select item_code, answer_value, answer_text from module_rating_answer"
                    + " where rating_id = ?")) {
      select.setLong(1, rating.id());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String code = rows.getString(1);
          int value = rows.getInt(2);
          boolean open = rows.wasNull();
          answers.put(code, open ? rows.getString(3) : Integer.valueOf(value));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("could not read the answers of rating " + rating.id(), e);
    }
    return answers;
  }

  @Override
  @Transactional
  public Stored store(
      Supplier<ModuleRating> opening,
      InstrumentVersion version,
      AnswerSheet sheet,
      String submissionId,
      Instant now) {
    ModuleRating given = opening.get();
    ModuleRating rating =
        find(given.moduleId(), given.moduleVersion(), given.respondentKey()).orElse(null);
    boolean created = rating == null;
    JdbcRatingSummary.Totals before =
        created
            ? JdbcRatingSummary.Totals.NONE
            : new JdbcRatingSummary.Totals(rating.scaleSum(), rating.scaleCount());
    if (created) {
      rating = given;
      rating.answer(version, sheet, submissionId, now);
      em.persist(rating);
    } else {
      rating.answer(version, sheet, submissionId, now);
    }
    em.flush();
    ModuleRating stored = rating;
    JdbcAnswerRows.replace(
        dataSource,
        ANSWERS,
        rating.id(),
        sheet,
        created,
        (row, answer) ->
            row.add(answer.item().id())
                .add(answer.item().code())
                .add(stored.moduleId())
                .add(stored.moduleVersion())
                .addSmallint(answer.value())
                .addSmallint(answer.score())
                .add(answer.text()));
    JdbcRatingSummary.move(
        dataSource,
        rating.moduleId(),
        rating.moduleVersion(),
        before,
        new JdbcRatingSummary.Totals(rating.scaleSum(), rating.scaleCount()));
    return new Stored(rating, created);
  }
}
