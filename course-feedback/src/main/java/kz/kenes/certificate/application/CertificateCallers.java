package kz.kenes.certificate.application;

import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;

/**
 * Who may do what with certificates: the staff of a course (its instructors and administrators
 * launched from it) set its rules, list, issue and revoke its certificates; a learner sees their
 * own progress and certificates of the course they launched from. Nothing crosses courses.
 */
final class CertificateCallers {

  private CertificateCallers() {}

  /** The course of a staff session, or {@link NotAllowed}. */
  static long requireStaff(KenesSession session) {
    boolean staff = session.role() == KenesRole.INSTRUCTOR || session.isAdmin();
    if (!staff || session.contextRef() == null) {
      throw new NotAllowed(
          "certificate-staff-only",
          "only the course's instructors and administrators, launched from the course, manage"
              + " its certificates");
    }
    return session.contextRef();
  }

  /** Whether the session is a learner's launched from a course. */
  static boolean isLearner(KenesSession session) {
    return session.kind() == KenesSession.Kind.LTI
        && session.role() == KenesRole.LEARNER
        && session.userRef() != null
        && session.contextRef() != null;
  }

  /** The session of a learner launched from a course, or {@link NotAllowed}. */
  static KenesSession requireLearner(KenesSession session) {
    if (!isLearner(session)) {
      throw new NotAllowed(
          "certificate-learner-only", "only a learner launched from the course has certificates");
    }
    return session;
  }
}
