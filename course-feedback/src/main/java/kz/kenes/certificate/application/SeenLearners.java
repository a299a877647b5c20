package kz.kenes.certificate.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.CertificateRepository.LearnerNote;
import kz.kenes.platform.concurrent.PendingWrites;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;

/**
 * The learners a course's staff may issue certificates to ({@code certificate_learner}): noted when
 * a learner opens the course's landing page. Every launch ends there, and on a class's first day
 * every launch is a learner the course has not seen, so the note is kept off the request
 * (docs/adr/0016):
 *
 * <ul>
 *   <li>this node remembers for {@link #REMEMBERED} what it wrote and notes again only when the
 *       name or completion changed or the memory expired: a returning learner costs nothing, and
 *       "last seen" is kept to within that time;
 *   <li>a note is written behind the request: a worker writes what is pending every {@link
 *       #FLUSH_EVERY} (sooner when {@link #BATCH} are pending) in one transaction, and every
 *       reading of the staff's list writes what is pending first ({@link #flush()}), so on this
 *       node staff never miss a learner who was here before them. On another node a learner shows
 *       within that second;
 *   <li>a note is remembered only once written, so a failed write is tried again at the next visit.
 *       A note still pending when the server is killed is lost until the learner's next visit.
 * </ul>
 */
@ApplicationScoped
public class SeenLearners {

  private static final Logger LOG = Logger.getLogger(SeenLearners.class.getName());

  /** How long this node trusts its own earlier note of a learner. */
  static final Duration REMEMBERED = Duration.ofMinutes(10);

  /** How often the worker writes what is pending. */
  static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

  /** How many pending notes wake the worker before its time. */
  static final int BATCH = 200;

  private static final int MAX_REMEMBERED = 100_000;

  @Inject CertificateRepository certificates;
  @Inject Clock clock;
  @Resource ManagedThreadFactory threads;

  private record Note(long contextRef, long userRef) {}

  private record Noted(String displayName, boolean complete) {}

  private final Cache<Note, Noted> noted =
      Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(MAX_REMEMBERED).build();

  private final PendingWrites<Note, LearnerNote> pending =
      new PendingWrites<>(
          "kenes-certificate-learners",
          FLUSH_EVERY,
          BATCH,
          notes -> certificates.noteLearners(notes),
          (note, written) -> noted.put(note, new Noted(written.displayName(), written.complete())),
          "certificate learner notes",
          LOG);

  /** Notes the learner of the course (written within a second), unless noted so a moment ago. */
  public void note(long contextRef, long userRef, String displayName, boolean complete) {
    Note note = new Note(contextRef, userRef);
    if (new Noted(displayName, complete).equals(noted.getIfPresent(note))) {
      return;
    }
    pending.put(note, new LearnerNote(contextRef, userRef, displayName, complete, clock.instant()));
    if (!pending.running()) {
      pending.flush();
    }
  }

  /**
   * Writes every pending note now, in a transaction of its own (committed when this returns); a
   * batch that fails is written note by note, and a note that still fails (its course or learner
   * was deleted meanwhile) is dropped.
   */
  public void flush() {
    pending.flush();
  }

  void onSchemaReady(@Observes SchemaReady ready) {
    start();
  }

  void start() {
    pending.start(threads);
  }

  @PreDestroy
  void stop() {
    pending.stop();
  }
}
