package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.Gone;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.AnswerSheet.Completeness;
import kz.kenes.survey.domain.InstrumentItem;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.PairCode;
import kz.kenes.survey.domain.RoundStatus;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;
import kz.kenes.survey.persistence.JpaResponseStore;
import kz.kenes.survey.persistence.JpaResponseStore.StoredAnswer;
import kz.kenes.survey.persistence.JpaResponseStore.Submitted;
import kz.kenes.survey.persistence.JpaSurveyStore;

/**
 * Taking responses. A learner answers the open rounds of the surveys their course delivers, once
 * per round, and may change the answers until the round closes; drafts are saved as they type. An
 * invited respondent answers through a link, keyed by the submission id their page generated, so a
 * retried submission finds its response instead of making a second one or using the link twice.
 * Everything is checked before the transaction that stores it starts.
 */
@ApplicationScoped
public class ResponseService {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Pattern SUBMISSION_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject JpaSurveyStore store;
  @Inject JpaResponseStore responses;
  @Inject InvitationService invitations;
  @Inject Clock clock;

  /**
   * What a respondent's page shows.
   *
   * @param round the round answered
   * @param status whether the round takes answers now
   * @param answers the respondent's answers so far (the draft, else what was submitted)
   * @param submitted whether a response was submitted
   * @param submittedAt when it was first submitted
   * @param draftSavedAt when the draft was last saved, if there is a newer draft
   * @param anonymous whether the respondent's invitation link keeps no pairing code (learners:
   *     false)
   */
  public record Form(
      SurveyRound round,
      RoundStatus status,
      Map<String, Object> answers,
      boolean submitted,
      Optional<Instant> submittedAt,
      Optional<Instant> draftSavedAt,
      boolean anonymous) {

    public InstrumentVersion version() {
      return round.version();
    }
  }

  /** A submission's outcome: the response and whether this request created it. */
  public record Receipt(SurveyResponse response, boolean created) {}

  public List<SurveyRound> openRoundsFor(KenesSession session) {
    requireLearner(session);
    return store.openRoundsFor(session.contextRef(), clock.instant());
  }

  public Form learnerForm(KenesSession session, long roundId) {
    SurveyRound round = learnerRound(session, roundId, false);
    return form(round, responses.find(roundId, learnerKey(session)), false);
  }

  public SurveyResponse saveLearnerDraft(
      KenesSession session, long roundId, Map<String, ?> answers) {
    SurveyRound round = learnerRound(session, roundId, true);
    AnswerSheet sheet = AnswerSheet.check(round.version(), answers, Completeness.DRAFT);
    Instant now = clock.instant();
    return responses.saveDraft(
        () -> SurveyResponse.ofLearner(round, session.userRef(), session.contextRef(), now),
        roundId,
        learnerKey(session),
        JSONB.toJson(sheet.given()),
        now);
  }

  public Receipt submitAsLearner(KenesSession session, long roundId, Map<String, ?> answers) {
    SurveyRound round = learnerRound(session, roundId, true);
    AnswerSheet sheet = AnswerSheet.check(round.version(), answers, Completeness.SUBMISSION);
    Instant now = clock.instant();
    String key = learnerKey(session);
    return submit(
        () -> SurveyResponse.ofLearner(round, session.userRef(), session.contextRef(), now),
        round,
        key,
        null,
        sheet,
        now);
  }

  public Form invitationForm(String token, String submissionId) {
    Invitation invitation = invitations.resolve(token);
    Optional<SurveyResponse> response =
        submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()
            ? Optional.empty()
            : responses
                .find(invitation.round().id(), "inv:" + submissionId.toLowerCase())
                .filter(r -> r.invitationId().orElse(-1L).equals(invitation.id()));
    if (response.isEmpty()) {
      invitation
          .refusal(clock.instant())
          .ifPresent(
              why -> {
                throw new Gone("invitation-unavailable", why);
              });
    }
    return form(invitation.round(), response, invitation.anonymous());
  }

  public Receipt submitByInvitation(
      String token, String submissionId, String pairCode, Map<String, ?> answers) {
    Invitation invitation = invitations.resolve(token);
    SurveyRound round = invitation.round();
    Map<String, String> errors = new LinkedHashMap<>();
    if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
      errors.put(
          "submissionId",
          "'submissionId' is required: a UUID the page generates once, so that a retried"
              + " submission is recognised.");
    }
    String pair = null;
    try {
      pair = PairCode.of(round.survey().id(), pairCode).orElse(null);
    } catch (InvalidSurveyInput e) {
      errors.putAll(e.fieldErrors());
    }
    AnswerSheet sheet = null;
    try {
      sheet = AnswerSheet.check(round.version(), answers, Completeness.SUBMISSION);
    } catch (InvalidSurveyInput e) {
      errors.putAll(e.fieldErrors());
    }
    InvalidSurveyInput.throwIfAny(errors);
    Instant now = clock.instant();
    String key = "inv:" + submissionId.toLowerCase();
    Optional<SurveyResponse> earlier = responses.find(round.id(), key);
    if (earlier.isPresent() && !earlier.get().invitationId().orElse(-1L).equals(invitation.id())) {
      throw new Conflict(
          "This submission id was used with another invitation link: reload the page.");
    }
    if (earlier.isEmpty()) {
      invitation
          .refusal(now)
          .ifPresent(
              why -> {
                throw new Gone("invitation-unavailable", why);
              });
    }
    String stored = pair;
    return submit(
        () -> SurveyResponse.ofInvitation(invitation, submissionId.toLowerCase(), stored, now),
        round,
        key,
        invitation.id(),
        sheet,
        now);
  }

  private Receipt submit(
      java.util.function.Supplier<SurveyResponse> opening,
      SurveyRound round,
      String key,
      Long invitationId,
      AnswerSheet sheet,
      Instant now) {
    requireOpen(round, now);
    Optional<Submitted> done;
    try {
      done = responses.submit(opening, round.id(), key, invitationId, sheet, now);
    } catch (RuntimeException race) {
      // Two identical requests at once: the loser's insert hit the unique respondent key and was
      // rolled back whole. The winner's response exists now; this retry updates it.
      if (responses.find(round.id(), key).isEmpty()) {
        throw race;
      }
      done = responses.submit(opening, round.id(), key, invitationId, sheet, now);
    }
    Submitted submitted =
        done.orElseThrow(
            () ->
                new Gone(
                    "invitation-unavailable",
                    "This invitation link has no responses left, or was withdrawn or expired."));
    return new Receipt(submitted.response(), submitted.created());
  }

  private Form form(SurveyRound round, Optional<SurveyResponse> response, boolean anonymous) {
    Map<String, Object> answers = new LinkedHashMap<>();
    Optional<Instant> draftSavedAt = Optional.empty();
    if (response.isPresent()) {
      SurveyResponse r = response.get();
      if (r.isSubmitted()) {
        answers.putAll(submittedAnswers(r));
      }
      if (r.draft().isPresent()) {
        answers.putAll(draft(r.draft().get()));
        draftSavedAt = Optional.of(r.updatedAt());
      }
    }
    return new Form(
        round,
        round.status(clock.instant()),
        answers,
        response.map(SurveyResponse::isSubmitted).orElse(false),
        response.flatMap(SurveyResponse::submittedAt),
        draftSavedAt,
        anonymous);
  }

  private Map<String, Object> submittedAnswers(SurveyResponse response) {
    Map<Long, InstrumentItem> items = new LinkedHashMap<>();
    response.round().version().items().forEach(i -> items.put(i.id(), i));
    Map<String, Object> answers = new LinkedHashMap<>();
    for (StoredAnswer stored : responses.answers(response.id())) {
      InstrumentItem item = items.get(stored.itemId());
      if (item != null) {
        answers.put(item.code(), given(item, stored));
      }
    }
    return answers;
  }

  private static Object given(InstrumentItem item, StoredAnswer stored) {
    return switch (item.kind()) {
      case SCALE -> stored.value();
      case SINGLE -> item.options().get(stored.value()).code();
      case MULTIPLE -> List.of(stored.choices().split(","));
      case OPEN -> stored.text();
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> draft(String json) {
    return JSONB.fromJson(json, LinkedHashMap.class);
  }

  private SurveyRound learnerRound(KenesSession session, long roundId, boolean writing) {
    requireLearner(session);
    SurveyRound round =
        store
            .round(roundId)
            .orElseThrow(() -> new NotFound("There is no survey round " + roundId + "."));
    if (!store.courseDelivers(session.contextRef(), round.survey())) {
      throw new NotAllowed("This survey is not offered in the course you launched Kenes from.");
    }
    RoundStatus status = round.status(clock.instant());
    if (status == RoundStatus.SCHEDULED) {
      throw new Conflict("This survey round has not opened yet.");
    }
    if (writing) {
      requireOpen(round, clock.instant());
    }
    return round;
  }

  private static void requireOpen(SurveyRound round, Instant now) {
    RoundStatus status = round.status(now);
    if (status == RoundStatus.CLOSED) {
      throw new Conflict(
          "round-closed", "This survey round is closed: answers can no longer change.");
    }
    if (status == RoundStatus.SCHEDULED) {
      throw new Conflict("This survey round has not opened yet.");
    }
  }

  private static void requireLearner(KenesSession session) {
    if (session.kind() != KenesSession.Kind.LTI
        || session.role() != KenesRole.LEARNER
        || session.userRef() == null
        || session.contextRef() == null) {
      throw new NotAllowed(
          "Surveys are answered by learners launched from a course; staff read the results.");
    }
  }

  private static String learnerKey(KenesSession session) {
    return "lti:" + session.userRef();
  }
}
