package kz.kenes.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import kz.kenes.platform.config.KenesConfig;

/**
 * Course-level answers that every learner's landing page asks and that change rarely: which quizzes
 * a course has, its certificate rules, which programs and modules it delivers, which module a
 * resource link shows (docs/adr/0037). On a class's first day thousands of launches into one course
 * ask them again and again; this node keeps each answer for {@link #timeToLive()} ({@code
 * kenes.read-mostly.seconds}, default 10; 0 keeps nothing).
 *
 * <p>A change on this node is never hidden: every insert, update or delete of an entity the answers
 * come from ({@link ReadMostlyListener} on those entities, and {@link #changed()} beside each bulk
 * statement that writes their tables) empties the cache at once and again when its transaction
 * ends, and an answer read while a change was under way is not kept. A change made on another node
 * is seen here within the time to live. Only what a page shows may come from here: decisions
 * (gating, issuing a certificate, who may do what) read the database.
 *
 * <p>Keys must be records naming what was asked, its kind included; answers must be immutable.
 */
@ApplicationScoped
public class ReadMostly {

  private static final Logger LOG = Logger.getLogger(ReadMostly.class.getName());

  public static final String SECONDS = "kenes.read-mostly.seconds";
  static final int DEFAULT_SECONDS = 10;
  static final int MAX_ENTRIES = 20_000;

  @Inject KenesConfig config;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<Record, Entry> answers = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private Duration timeToLive = Duration.ofSeconds(DEFAULT_SECONDS);

  private record Entry(Object answer, Instant expires) {}

  @PostConstruct
  void configure() {
    timeToLive = Duration.ofSeconds(seconds(config == null ? null : config.value(SECONDS)));
  }

  static int seconds(java.util.Optional<String> raw) {
    if (raw == null || raw.isEmpty()) {
      return DEFAULT_SECONDS;
    }
    try {
      int seconds = Integer.parseInt(raw.get().trim());
      if (seconds >= 0 && seconds <= 3600) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // falls through to the default below
    }
    LOG.warning(SECONDS + " must be a whole number of seconds from 0 to 3600; using 10");
    return DEFAULT_SECONDS;
  }

  void timeToLiveForTests(Duration ttl) {
    timeToLive = ttl;
  }

  /** How long an answer is kept. */
  public Duration timeToLive() {
    return timeToLive;
  }

  /** The kept answer to {@code key}, else {@code read}'s, kept unless a change began meanwhile. */
  @SuppressWarnings("unchecked")
  public <T> T get(Record key, Supplier<T> read) {
    if (timeToLive.isZero()) {
      return read.get();
    }
    Instant now = clock.instant();
    Entry entry = answers.get(key);
    if (entry != null && now.isBefore(entry.expires())) {
      return (T) entry.answer();
    }
    long before = generation.get();
    T answer = read.get();
    if (answer != null && generation.get() == before) {
      if (answers.size() >= MAX_ENTRIES) {
        answers.clear();
      }
      answers.put(key, new Entry(answer, now.plus(timeToLive)));
      if (generation.get() != before) {
        // a change began while the answer was put: it may be the old one
        answers.remove(key);
      }
    }
    return answer;
  }

  /**
   * Something the answers come from was written: forgets them all now and, inside a transaction,
   * again when it ends (readers meanwhile still see the committed, old rows).
   */
  public void changed() {
    forget();
    AfterTransaction.register(transactions, status -> forget());
  }

  private void forget() {
    generation.incrementAndGet();
    answers.clear();
  }
}
