package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.List;

/**
 * The rounds a course's learners may answer now: open rounds of the surveys about a module the
 * course delivers, or about its program when the survey names no module. Every learner landing asks
 * this; its implementation joins the program context's delivery tables for speed (docs/adr 0009).
 */
public interface OpenRounds {

  /**
   * The open rounds, by survey and position, with their survey, instrument and version; only those
   * of surveys about programs of the university {@code universityId} (the course's).
   */
  List<SurveyRound> findOpenIn(long contextRef, long universityId, Instant now);
}
