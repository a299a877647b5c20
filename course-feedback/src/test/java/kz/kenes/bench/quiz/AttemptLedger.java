package kz.kenes.bench.quiz;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the generator was answered about each attempt (started with 201; submissions answered 201,
 * "submitted now", or 200, "submitted before"), and its reconciliation with the attempts Kenes
 * stored at the end. A duplicate is anything a double click or a retry must never make: a second
 * 201 for one attempt (two results), two stored attempts with the same learner and number, or a
 * stored attempt the generator never started (a start that made a second attempt). Thread-safe
 * while recording; reconcile once the load is over.
 */
final class AttemptLedger {

  /** One stored attempt as the staff's attempt list shows it. */
  record Stored(long id, long learnerRef, int number, boolean submitted) {}

  /**
   * The reconciliation.
   *
   * @param started attempts the generator started (answered 201)
   * @param acknowledged attempts whose submission was answered 201 at least once
   * @param answeredAgain submissions answered 200 (a repeat or the second click found it done)
   * @param stored attempts Kenes holds for the quiz
   * @param storedSubmitted of those, submitted
   * @param twiceAcknowledged attempts answered 201 more than once (each a duplicate result)
   * @param sameNumber stored attempts beyond the first with the same learner and number
   * @param notStarted stored attempts the generator never started
   * @param lost attempts answered 201 that are stored unsubmitted or not at all
   * @param submittedUnanswered stored submitted attempts whose submission got no 201 (a request
   *     that timed out or failed after Kenes committed it: not a duplicate, reported apart)
   */
  record Reconciliation(
      long started,
      long acknowledged,
      long answeredAgain,
      long stored,
      long storedSubmitted,
      long twiceAcknowledged,
      long sameNumber,
      long notStarted,
      long lost,
      long submittedUnanswered) {

    /** Everything that says one submission or start made more than one attempt or result. */
    long duplicates() {
      return twiceAcknowledged + sameNumber + notStarted;
    }
  }

  private static final class Answers {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger again = new AtomicInteger();
  }

  private final Map<Long, Answers> attempts = new ConcurrentHashMap<>();

  /** An attempt the generator started (answered 201). */
  void started(long attemptId) {
    attempts.computeIfAbsent(attemptId, id -> new Answers());
  }

  /** A submission of {@code attemptId} answered {@code status} (201 or 200). */
  void submitted(long attemptId, int status) {
    Answers a = attempts.computeIfAbsent(attemptId, id -> new Answers());
    if (status == 201) {
      a.created.incrementAndGet();
    } else if (status == 200) {
      a.again.incrementAndGet();
    } else {
      throw new IllegalArgumentException("a submission is answered 201 or 200, not " + status);
    }
  }

  /** The submissions answered 201 so far. */
  long acknowledged() {
    return attempts.values().stream().filter(a -> a.created.get() > 0).count();
  }

  Reconciliation reconcile(Collection<Stored> stored) {
    long started = attempts.size();
    long acknowledged = 0;
    long again = 0;
    long twice = 0;
    for (Answers a : attempts.values()) {
      acknowledged += a.created.get() > 0 ? 1 : 0;
      again += a.again.get();
      twice += Math.max(0, a.created.get() - 1);
    }
    Map<Long, Stored> byId = new HashMap<>();
    Map<String, Integer> byNumber = new HashMap<>();
    long sameNumber = 0;
    long notStarted = 0;
    long submitted = 0;
    long unanswered = 0;
    for (Stored s : stored) {
      byId.put(s.id(), s);
      if (byNumber.merge(s.learnerRef() + "#" + s.number(), 1, Integer::sum) > 1) {
        sameNumber++;
      }
      Answers a = attempts.get(s.id());
      if (a == null) {
        notStarted++;
      }
      if (s.submitted()) {
        submitted++;
        if (a != null && a.created.get() == 0) {
          unanswered++;
        }
      }
    }
    long lost = 0;
    for (Map.Entry<Long, Answers> e : attempts.entrySet()) {
      Stored s = byId.get(e.getKey());
      if (e.getValue().created.get() > 0 && (s == null || !s.submitted())) {
        lost++;
      }
    }
    return new Reconciliation(
        started,
        acknowledged,
        again,
        stored.size(),
        submitted,
        twice,
        sameNumber,
        notStarted,
        lost,
        unanswered);
  }
}
