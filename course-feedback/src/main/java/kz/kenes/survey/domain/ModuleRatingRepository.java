package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Where module ratings and their answers are kept. */
public interface ModuleRatingRepository {

  Optional<ModuleRating> find(long moduleId, int moduleVersion, String respondentKey);

  /** The highest module version the respondent rated, per module of {@code moduleIds}. */
  Map<Long, Integer> latestRatedVersions(String respondentKey, Collection<Long> moduleIds);

  /** A rating's answers as the respondent gave them, by item code. */
  Map<String, Object> answersOf(ModuleRating rating);

  /**
   * Stores the answers of the respondent's rating of a module version, opening the rating with
   * {@code opening} when there is none; replaces its answers otherwise.
   *
   * @return the stored rating, and whether it was opened now
   */
  Stored store(
      Supplier<ModuleRating> opening,
      InstrumentVersion version,
      AnswerSheet sheet,
      String submissionId,
      Instant now);

  /** A stored rating, and whether this call opened it. */
  record Stored(ModuleRating rating, boolean created) {}
}
