package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.domain.AnswerSheet;
import kz.kenes.survey.domain.AnswerSheet.Completeness;
import kz.kenes.survey.domain.OpenRounds;
import kz.kenes.survey.domain.RoundNotOpen;
import kz.kenes.survey.domain.RoundStatus;
import kz.kenes.survey.domain.SurveyRepository;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;

/**
 * A learner's answers. A learner answers the open rounds of the surveys their course delivers, once
 * per round, and may change the answers until the round closes; drafts are saved as they type. A
 * request loads and authorises the round once ({@link #round}) and hands the {@link LearnerRound}
 * on. Everything is checked before the transaction that stores it starts.
 */
@ApplicationScoped
public class LearnerResponses {

  @Inject SurveyRepository surveys;
  @Inject OpenRounds openRounds;
  @Inject SurveyAccess access;
  @Inject ResponseForms forms;
  @Inject Submissions submissions;
  @Inject GradedParticipation participation;
  @Inject Clock clock;

  public List<SurveyRound> openRoundsFor(KenesSession session) {
    requireLearner(session);
    if (session.universityId() == null) {
      return List.of();
    }
    return openRounds.findOpenIn(session.contextRef(), session.universityId(), clock.instant());
  }

  /**
   * The round, if this learner may answer it: 403 for anyone but a learner of a course that
   * delivers the survey, 404 for an unknown round, 409 ({@link RoundNotOpen}) before it opens.
   */
  public LearnerRound round(KenesSession session, long roundId) {
    requireLearner(session);
    SurveyRound round =
        surveys
            .findRound(roundId)
            .orElseThrow(() -> new NotFound("There is no survey round " + roundId + "."));
    if (!access.offers(session, round.survey())) {
      throw new NotAllowed("This survey is not offered in the course you launched Kenes from.");
    }
    if (round.status(clock.instant()) == RoundStatus.SCHEDULED) {
      throw new RoundNotOpen();
    }
    return new LearnerRound(session, round);
  }

  public ResponseForm form(LearnerRound learner) {
    return forms.of(learner.round(), learner.respondentKey());
  }

  public SurveyResponse saveDraft(LearnerRound learner, Map<String, ?> answers) {
    SurveyRound round = learner.round();
    round.requireTakesAnswers(clock.instant());
    AnswerSheet sheet = AnswerSheet.check(round.version(), answers, Completeness.DRAFT);
    Instant now = clock.instant();
    return submissions.draft(opening(learner, now), round, learner.respondentKey(), sheet, now);
  }

  public Receipt submit(LearnerRound learner, Map<String, ?> answers) {
    SurveyRound round = learner.round();
    round.requireTakesAnswers(clock.instant());
    AnswerSheet sheet = AnswerSheet.check(round.version(), answers, Completeness.SUBMISSION);
    Instant now = clock.instant();
    return submissions.submit(
        opening(learner, now),
        round,
        learner.respondentKey(),
        null,
        sheet,
        now,
        stored -> participation.report(learner.session(), round, now));
  }

  private static java.util.function.Supplier<SurveyResponse> opening(
      LearnerRound learner, Instant now) {
    KenesSession session = learner.session();
    return () ->
        SurveyResponse.ofLearner(learner.round(), session.userRef(), session.contextRef(), now);
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
}
