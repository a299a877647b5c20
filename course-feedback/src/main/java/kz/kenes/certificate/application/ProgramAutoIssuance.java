package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the rules of the programs a course delivers when a certificate of the course is issued,
 * after that transaction committed, and issues each program's certificate whose rules hold. A
 * failure here is logged and never undoes the course certificate; the learner's next look at their
 * certificates checks again.
 */
@ApplicationScoped
public class ProgramAutoIssuance {

  private static final Logger LOG = Logger.getLogger(ProgramAutoIssuance.class.getName());

  @Inject ProgramCertificates programs;

  void issued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCertificateIssued event) {
    try {
      programs
          .issueAfterCourseCertificate(event.contextRef(), event.userRef())
          .forEach(
              c ->
                  LOG.info(
                      () ->
                          "program certificate "
                              + c.id()
                              + " issued by the rules after a certificate of course "
                              + event.contextRef()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "program completion rules not checked after a certificate of course "
              + event.contextRef()
              + " of user "
              + event.userRef(),
          e);
    }
  }
}
