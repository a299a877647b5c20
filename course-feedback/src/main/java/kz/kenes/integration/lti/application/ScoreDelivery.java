package kz.kenes.integration.lti.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox.Claimed;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.services.ServiceCallException;
import kz.kenes.lti.services.ags.GradeService;
import kz.kenes.lti.services.ags.LineItemSpec;
import kz.kenes.lti.services.ags.Score;
import kz.kenes.lti.services.ags.ScoreOutcome;
import kz.kenes.platform.concurrent.BackgroundLoop;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * The worker that delivers the score outbox (ADR 0014): one thread per node, made by the server's
 * managed thread factory once the schema is ready, so it is not one of the threads that serve HTTP
 * (a platform that fetches Kenes's JWKS while it answers the token request is served by those) and
 * runs with the application's context (transactions, CDI). It claims due rows, delivers each
 * outside any transaction, and writes the outcome: delivered; superseded (the platform holds a
 * later score); failed for good (a 4xx other than 401/408/429, with the platform's message, or
 * after {@link AgsSettings#maxAttempts()}); else tried again after an exponential backoff with
 * jitter. It sleeps while nothing is due, and a score committed on this node wakes it.
 */
@ApplicationScoped
public class ScoreDelivery {

  private static final Logger LOG = Logger.getLogger(ScoreDelivery.class.getName());

  /** How many rows a worker claims at once. */
  static final int BATCH = 20;

  /** Fired inside the transaction that queued a score; wakes the worker after the commit. */
  public record ScoreQueued() {}

  @Resource ManagedThreadFactory threads;
  @Inject JdbcScoreOutbox outbox;
  @Inject CachedRegistrationLookup registrations;
  @Inject GradeService grades;
  @Inject AgsSettings settings;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();
  private BackgroundLoop loop;

  void onSchemaReady(@Observes SchemaReady ready) {
    start();
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScoreQueued queued) {
    if (loop != null) {
      loop.wake();
    }
  }

  synchronized void start() {
    if (loop != null || !settings.worker()) {
      return;
    }
    loop =
        new BackgroundLoop(
            "kenes-score-delivery",
            settings.pollInterval(),
            () -> deliverDue() >= BATCH,
            () -> "Score delivery: the outbox could not be read; trying again",
            LOG);
    loop.start(threads);
    LOG.info("Score delivery worker started");
  }

  @PreDestroy
  synchronized void stop() {
    if (loop != null) {
      loop.stop();
      loop = null;
    }
  }

  /** Claims and delivers the due scores once; returns how many were claimed. */
  public int deliverDue() {
    List<Claimed> due = outbox.claim(clock.instant(), settings.lease(), BATCH);
    due.forEach(this::deliver);
    return due.size();
  }

  void deliver(Claimed row) {
    try {
      PlatformRegistration registration =
          registrations
              .findById(row.registrationId())
              .orElseThrow(() -> refusal("the platform registration was removed"));
      List<String> granted =
          Arrays.asList(row.agsScope() == null ? new String[0] : row.agsScope().split(" "));
      URI lineItem = lineItem(row, registration, granted);
      Score score =
          new Score(
              row.userId(),
              row.scoreGiven(),
              row.scoreMaximum(),
              Score.ActivityProgress.valueOf(row.activityProgress()),
              row.scoredAt());
      if (grades.publish(registration, granted, lineItem, score) == ScoreOutcome.STORED) {
        outbox.delivered(row.id(), clock.instant());
      } else {
        outbox.superseded(
            row.id(),
            clock.instant(),
            409,
            "the platform already holds a score at least as recent");
      }
    } catch (ServiceCallException e) {
      failedAttempt(row, e);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Score delivery failed unexpectedly for outbox row " + row.id(), e);
      failedAttempt(row, new ServiceCallException(String.valueOf(e), e));
    }
  }

  private void failedAttempt(Claimed row, ServiceCallException e) {
    Instant now = clock.instant();
    if (e.permanent()) {
      outbox.failed(row.id(), now, e.status(), e.platformMessage());
    } else if (row.attempts() >= settings.maxAttempts()) {
      outbox.failed(
          row.id(),
          now,
          e.status(),
          "gave up after " + row.attempts() + " attempts: " + e.platformMessage());
    } else {
      Duration wait = settings.backoff().after(row.attempts(), e.retryAfter().orElse(null), random);
      outbox.retryAt(row.id(), now.plus(wait), e.status(), e.platformMessage());
    }
    LOG.fine(() -> "Score " + row.id() + " not delivered (attempt " + row.attempts() + "): " + e);
  }

  private URI lineItem(Claimed row, PlatformRegistration registration, List<String> granted) {
    if (row.agsLineItem() != null) {
      return URI.create(row.agsLineItem());
    }
    if (row.lineItemFound() != null) {
      return URI.create(row.lineItemFound());
    }
    String label = row.linkTitle() == null ? row.activity() : row.linkTitle();
    LineItemSpec spec =
        new LineItemSpec(label, row.scoreMaximum(), row.activity(), "kenes", row.linkId());
    // Found or created under a lock on the link's row: two workers delivering scores of two
    // learners of a new link (on one node or two) never create two line items.
    return URI.create(
        outbox.lineItemOnce(
            row.resourceLinkRef(),
            () ->
                grades.lineItem(registration, granted, null, row.agsLineItems(), spec).toString()));
  }

  private static ServiceCallException refusal(String why) {
    return new ServiceCallException(0, why, null, true, null);
  }
}
