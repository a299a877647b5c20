package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where surveys and their rounds are kept. */
public interface SurveyRepository {

  Optional<Survey> find(long id);

  /** Surveys newest first: all of them when {@code programIds} is null, else those about them. */
  List<Survey> findAll(List<Long> programIds, int offset, int limit);

  /** How many surveys {@link #findAll} pages through. */
  long count(List<Long> programIds);

  /** Stores a new survey. */
  Survey store(Survey survey);

  Optional<SurveyRound> findRound(long roundId);

  /** Adds a round (its dates already checked) on the instrument's current version. */
  SurveyRound addRound(
      long surveyId, RoundKind kind, String label, Instant opensAt, Instant closesAt, Instant now);

  /** Applies a change to a round in one transaction and answers the round afterwards. */
  SurveyRound changeRound(long roundId, Consumer<SurveyRound> change);
}
