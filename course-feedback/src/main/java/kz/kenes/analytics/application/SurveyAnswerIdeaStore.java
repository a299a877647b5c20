package kz.kenes.analytics.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the idea marks of survey rounds' open answers are kept ({@code survey_answer_idea}, V42,
 * analytics.persistence), read with the answers they mark.
 */
public interface SurveyAnswerIdeaStore {

  /** The survey of a round; empty for an unknown round. */
  Optional<Long> surveyOfRound(long roundId);

  /**
   * The open answers of a round, newest response first, each with its mark.
   *
   * @param limit the most answers listed
   */
  List<OpenSurveyAnswer> openAnswers(long roundId, int limit);

  /** Marks or unmarks the open answer; false when the round has no such open answer. */
  boolean mark(long roundId, long responseId, long itemId, boolean idea, String by, Instant at);

  /** The answers marked as ideas in the surveys of a program, newest mark first. */
  List<SurveyIdea> markedIdeas(long programId, int limit);

  /** One answer marked as an idea; empty when it is none or not marked. */
  Optional<SurveyIdea> markedIdea(long responseId, long itemId);

  /** An open answer of a round, with its item and whether it is marked as an idea. */
  record OpenSurveyAnswer(
      long responseId, long itemId, String itemCode, String groupCode, String text, boolean idea) {}

  /**
   * An open answer of a survey marked as an idea: what crowdsourcing may turn into a proposal.
   *
   * @param moduleId the module its item or its survey names; null for none
   */
  record SurveyIdea(
      long responseId,
      long itemId,
      long surveyId,
      String surveyTitle,
      long programId,
      Long moduleId,
      String groupCode,
      String text,
      String markedBy,
      Instant markedAt) {}
}
