package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.platform.activity.ActivityCompleted;

/**
 * Checks a learner's completion rules again when a context announces that they finished an
 * activity, after that transaction committed, and issues the certificate when the rules hold. A
 * failure here is logged and never reaches the learner's submission; the learner's next look at
 * their progress checks again.
 */
@ApplicationScoped
public class AutoIssuance {

  private static final Logger LOG = Logger.getLogger(AutoIssuance.class.getName());

  @Inject Certificates certificates;

  void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityCompleted event) {
    try {
      certificates
          .issueAfterEvent(event.contextRef(), event.userRef())
          .ifPresent(
              c ->
                  LOG.info(
                      () ->
                          "certificate "
                              + c.id()
                              + " issued by the rules after "
                              + event.activity()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "completion rules not checked after " + event.activity() + " of user " + event.userRef(),
          e);
    }
  }
}
