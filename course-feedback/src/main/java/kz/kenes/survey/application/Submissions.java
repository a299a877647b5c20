package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.InvitationRepository;
import kz.kenes.survey.domain.InvitationUnavailable;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.Submitted;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;

/**
 * Stores checked answers: drafts, and submissions of learners and invited respondents alike, with
 * the retry that lets two identical submissions at once end in one response.
 */
@ApplicationScoped
public class Submissions {

  @Inject ResponseRepository responses;
  @Inject InvitationRepository invitations;
  @Inject SubmissionTransaction transaction;
  @Inject Event<SubmissionCounter.Stored> stored;

  /** Stores a draft of checked answers, opening the response when the respondent has none. */
  public SurveyResponse draft(
      Supplier<SurveyResponse> opening,
      SurveyRound round,
      String key,
      AnswerSheet sheet,
      Instant now) {
    return responses.storeDraft(
        opening, round.id(), key, ResponseForms.draftJson(sheet.given()), now);
  }

  /**
   * Submits checked answers while the round takes them.
   *
   * @param invitation the link answered through, whose use a new response counts; null for a
   *     learner
   */
  public Receipt submit(
      Supplier<SurveyResponse> opening,
      SurveyRound round,
      String key,
      Invitation invitation,
      AnswerSheet sheet,
      Instant now) {
    return submit(opening, round, key, invitation, sheet, now, null);
  }

  /**
   * Submits as above, and runs {@code alsoInTransaction} with what was stored in the transaction
   * that stores it (a learner's graded participation: the score outbox row commits or rolls back
   * with the answers); null for nothing.
   */
  public Receipt submit(
      Supplier<SurveyResponse> opening,
      SurveyRound round,
      String key,
      Invitation invitation,
      AnswerSheet sheet,
      Instant now,
      Consumer<Submitted> alsoInTransaction) {
    round.requireTakesAnswers(now);
    Long invitationId = invitation == null ? null : invitation.id();
    Optional<Submitted> done;
    try {
      done = store(opening, round, key, invitationId, sheet, now, alsoInTransaction);
    } catch (DomainException refusal) {
      throw refusal; // the round closed meanwhile: no race to retry
    } catch (RuntimeException race) {
      // Two identical requests at once: the loser's insert hit the unique respondent key and was
      // rolled back whole. The winner's response exists now; this retry updates it.
      if (responses.find(round.id(), key).isEmpty()) {
        throw race;
      }
      done = store(opening, round, key, invitationId, sheet, now, alsoInTransaction);
    }
    Submitted submitted = done.orElseThrow(() -> noUseLeft(invitationId, now));
    stored.fire(new SubmissionCounter.Stored(invitation == null, submitted.created()));
    return new Receipt(submitted.response(), submitted.created());
  }

  private Optional<Submitted> store(
      Supplier<SurveyResponse> opening,
      SurveyRound round,
      String key,
      Long invitationId,
      AnswerSheet sheet,
      Instant now,
      Consumer<Submitted> alsoInTransaction) {
    if (alsoInTransaction == null) {
      return responses.storeSubmission(opening, round.id(), key, invitationId, sheet, now);
    }
    return transaction.call(
        () -> {
          Optional<Submitted> done =
              responses.storeSubmission(opening, round.id(), key, invitationId, sheet, now);
          done.ifPresent(alsoInTransaction);
          return done;
        });
  }

  /** The link had no use left when the response was to count one: say how it stands now. */
  private InvitationUnavailable noUseLeft(long invitationId, Instant now) {
    String state =
        invitations
            .find(invitationId)
            .map(i -> i.state(now))
            .filter(s -> !s.equals("active"))
            .orElse("used-up");
    return new InvitationUnavailable(
        state, "This invitation link has no responses left, or was withdrawn or expired.");
  }
}
