package kz.kenes.platform.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import kz.kenes.platform.concurrent.BackgroundLoop;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * The worker that sends the mail outbox (ADR 0029), like the score delivery of ADR 0014: one thread
 * per node from the server's managed thread factory, started once the schema is ready and only when
 * mail is configured; woken after a commit that queued a mail, else polling. Each claimed mail is
 * sent outside any transaction: sent; refused for good (an invalid address) failed at once; any
 * other failure (server down, timeout, 4xx) tried again after an exponential backoff with jitter,
 * and failed after {@link SmtpSettings#maxAttempts()} attempts. A failure is logged with the mail's
 * id and the server's answer, never with the mail's text or the SMTP password.
 */
@ApplicationScoped
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  /** How many mails a worker claims at once. */
  static final int BATCH = 20;

  @Resource ManagedThreadFactory threads;
  @Inject MailOutbox outbox;
  @Inject SmtpMailer mailer;
  @Inject MailSettings settings;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();
  private BackgroundLoop loop;

  void onSchemaReady(@Observes SchemaReady ready) {
    start();
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.MailQueued queued) {
    if (loop != null) {
      loop.wake();
    }
  }

  synchronized void start() {
    SmtpSettings smtp = settings.smtp();
    if (loop != null || !smtp.enabled()) {
      if (!smtp.enabled()) {
        LOG.info("E-mail is off (kenes.mail.smtp.host is not set): notifications stay in Kenes");
      }
      return;
    }
    loop =
        new BackgroundLoop(
            "kenes-mail-delivery",
            smtp.pollInterval(),
            () -> sendDue() >= BATCH,
            () -> "Mail delivery: the outbox could not be read; trying again",
            LOG);
    loop.start(threads);
    LOG.info(() -> "Mail delivery worker started: " + smtp);
  }

  @PreDestroy
  synchronized void stop() {
    if (loop != null) {
      loop.stop();
      loop = null;
    }
  }

  /** Claims and sends the due mails once; returns how many were claimed. */
  public int sendDue() {
    SmtpSettings smtp = settings.smtp();
    List<MailOutbox.Claimed> due = outbox.claim(clock.instant(), smtp.lease(), BATCH);
    due.forEach(mail -> send(smtp, mail));
    return due.size();
  }

  void send(SmtpSettings smtp, MailOutbox.Claimed mail) {
    try {
      mailer.send(smtp, mail.message(), clock.instant());
      outbox.sent(mail.id(), clock.instant());
    } catch (SmtpMailer.MailFailure e) {
      Instant now = clock.instant();
      if (e.permanent()) {
        outbox.failed(mail.id(), now, e.getMessage());
        LOG.warning(() -> "Mail " + mail.id() + " refused for good: " + e.getMessage());
      } else if (mail.attempts() >= smtp.maxAttempts()) {
        outbox.failed(
            mail.id(), now, "gave up after " + mail.attempts() + " attempts: " + e.getMessage());
        LOG.warning(() -> "Mail " + mail.id() + " given up after " + mail.attempts() + " attempts");
      } else {
        outbox.retryAt(
            mail.id(),
            now.plus(smtp.retryBackoff().after(mail.attempts(), null, random)),
            e.getMessage());
        LOG.info(
            () ->
                "Mail "
                    + mail.id()
                    + " not sent (attempt "
                    + mail.attempts()
                    + "), trying again: "
                    + e.getMessage());
      }
    }
  }
}
