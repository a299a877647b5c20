package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where responses and their submitted answers are kept. A submission replaces the response's
 * answers inside one transaction; acknowledged means committed.
 */
public interface ResponseRepository {

  Optional<SurveyResponse> find(long roundId, String respondentKey);

  /**
   * Stores a draft of the respondent's response, opening the response ({@code opening}) when it has
   * none. A submitted response keeps its submitted answers; the draft holds later changes. Refuses
   * ({@link RoundClosed}, {@link RoundNotOpen}) unless the round takes answers at {@code now},
   * checked in the transaction that stores the draft.
   */
  SurveyResponse storeDraft(
      Supplier<SurveyResponse> opening,
      long roundId,
      String respondentKey,
      String answersJson,
      Instant now);

  /**
   * Stores a submission: opens the response if it has none (counting one use of the invitation it
   * came through, when {@code invitationId} is given: no use left, no response), marks it submitted
   * and replaces its answers, all in one transaction. That transaction first checks that the round
   * takes answers at {@code now} and keeps it from changing until the commit: a round that closed
   * since the caller looked refuses ({@link RoundClosed}); a close waits for the submission.
   *
   * @return the response and whether this call created it; empty when the invitation had no use
   *     left
   */
  Optional<Submitted> storeSubmission(
      Supplier<SurveyResponse> opening,
      long roundId,
      String respondentKey,
      Long invitationId,
      AnswerSheet sheet,
      Instant now);

  /** The responses of a survey's rounds, counted per round, group and status. */
  List<ResponseCount> counts(long surveyId);

  /** The submitted answers of a response as stored. */
  List<StoredAnswer> answers(long responseId);

  /** How many responses the client {@code clientHash} made through the invitation. */
  int countByClient(long invitationId, String clientHash);

  /** For each invitation of the round, the most responses that came through it from one client. */
  java.util.Map<Long, Integer> mostFromOneClient(long roundId);

  /** The respondent keys of the round's submitted responses. */
  java.util.Set<String> submittedKeys(long roundId);

  /** Whether the respondent submitted a response to any round of the survey. */
  boolean submittedToSurvey(long surveyId, String respondentKey);

  /**
   * Rewrites a pairing code kept in its old bare-hash form to its HMAC form in every round of the
   * survey, now that the respondent gave the code again; the number of responses rewritten.
   */
  int upgradePairCode(long surveyId, String legacy, String stored);
}
