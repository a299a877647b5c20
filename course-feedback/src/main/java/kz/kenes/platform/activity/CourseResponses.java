package kz.kenes.platform.activity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a course's members are asked to answer now and who of them has answered, so that the
 * course's instructors can remind the roster's non-respondents. A context that collects answers
 * (surveys today) implements it; the LTI adapter, which knows the roster, asks it without knowing
 * surveys. Answerers are named by their Kenes user ref (the LTI user they launched as), and never
 * for an anonymous activity.
 */
public interface CourseResponses {

  /** The activities of the course open now, for the course of {@code universityId}. */
  List<OpenActivity> open(long contextRef, long universityId);

  /**
   * One open activity: its reference ({@code survey-round:12}), what it is called, when it closes,
   * the Kenes role codes of the members it asks ({@code learner}: an instructor launched from the
   * course cannot answer a learners' round), whether it is anonymous (then {@code answered} is
   * empty and no one may be told apart), and the user refs of the members who answered it.
   */
  record OpenActivity(
      String reference,
      String title,
      String label,
      Instant closesAt,
      Set<String> roles,
      boolean anonymous,
      Set<Long> answered) {
    public OpenActivity {
      roles = Set.copyOf(roles);
      answered = anonymous ? Set.of() : Set.copyOf(answered);
    }
  }
}
