package kz.kenes.certificate.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import kz.kenes.certificate.domain.CertificateRepository;

/**
 * The learners a course's staff may issue certificates to ({@code certificate_learner}): noted when
 * a learner opens the course's landing page. Every launch ends there, so this node remembers for
 * {@link #REMEMBERED} what it wrote and writes again only when the name or completion changed, or
 * the memory has expired: a returning learner costs no write, and "last seen" is kept to within
 * that time. The memory is filled only after the note's transaction committed, so a rolled-back
 * note is written again at the next visit. Another node keeps its own memory (a second write is
 * harmless).
 */
@ApplicationScoped
public class SeenLearners {

  /** How long this node trusts its own earlier note of a learner. */
  static final Duration REMEMBERED = Duration.ofMinutes(10);

  private static final int MAX_REMEMBERED = 100_000;

  @Inject CertificateRepository certificates;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;

  private record Note(long contextRef, long userRef) {}

  private record Noted(String displayName, boolean complete) {}

  private final Cache<Note, Noted> noted =
      Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(MAX_REMEMBERED).build();

  /** Notes the learner of the course, unless this node noted them so a moment ago. */
  public void note(long contextRef, long userRef, String displayName, boolean complete) {
    Note note = new Note(contextRef, userRef);
    Noted now = new Noted(displayName, complete);
    if (now.equals(noted.getIfPresent(note))) {
      return;
    }
    certificates.noteLearner(contextRef, userRef, displayName, complete, clock.instant());
    if (transactions == null || transactions.getTransactionKey() == null) {
      noted.put(note, now);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              noted.put(note, now);
            }
          }
        });
  }
}
