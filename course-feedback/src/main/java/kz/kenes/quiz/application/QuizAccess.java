package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizRepository;

/**
 * Who may do what with quizzes. A quiz belongs to one course: the staff of that course (an
 * instructor or administrator launched from it) author it and read every attempt; its learners take
 * it and read their own attempts only. A quiz of another course is answered as not found, so that
 * ids tell nothing about other courses.
 */
@ApplicationScoped
public class QuizAccess {

  @Inject QuizRepository quizzes;

  /** The course of a staff session (an instructor or administrator launched from a course). */
  public long staffCourse(KenesSession session) {
    if (session.kind() != KenesSession.Kind.LTI
        || !session.role().atLeast(KenesRole.INSTRUCTOR)
        || session.contextRef() == null) {
      throw new NotAllowed(
          "quiz-staff-only",
          "Quizzes are authored by the instructors of a course, launched from that course.");
    }
    return session.contextRef();
  }

  /** The course of a learner session. */
  public long learnerCourse(KenesSession session) {
    if (session.kind() != KenesSession.Kind.LTI
        || session.role() != KenesRole.LEARNER
        || session.userRef() == null
        || session.contextRef() == null) {
      throw new NotAllowed(
          "quiz-learners-only", "Quizzes are taken by learners launched from their course.");
    }
    return session.contextRef();
  }

  /** A quiz of the staff session's course. */
  public Quiz staffQuiz(KenesSession session, long quizId) {
    return ofCourse(staffCourse(session), quizId);
  }

  /** A quiz of the learner session's course. */
  public Quiz learnerQuiz(KenesSession session, long quizId) {
    return ofCourse(learnerCourse(session), quizId);
  }

  /** Whether the session is staff (else a learner, or nobody of a course). */
  public boolean isStaff(KenesSession session) {
    return session.kind() == KenesSession.Kind.LTI
        && session.role().atLeast(KenesRole.INSTRUCTOR)
        && session.contextRef() != null;
  }

  private Quiz ofCourse(long contextRef, long quizId) {
    return quizzes
        .find(quizId)
        .filter(q -> q.contextRef() == contextRef)
        .orElseThrow(
            () ->
                new NotFound("quiz-not-found", "There is no quiz " + quizId + " in this course."));
  }
}
