package kz.kenes.integration.lti.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox.GradedLinkOfCourse;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.services.ServiceCallException;
import kz.kenes.lti.services.ags.AgsScopes;
import kz.kenes.lti.services.ags.GradeService;
import kz.kenes.lti.services.ags.Result;

/**
 * What the course's gradebook holds for each graded link, read from the platform's results service
 * (AGS 2.0 §3.3, scope {@code result.readonly}) when the instructor asks for it. The links are read
 * in parallel, and the whole read waits at most {@link AgsSettings#resultsWait()}: a link whose
 * platform is slow or refuses is reported as such, with the platform's message, and never holds up
 * the others or the page.
 *
 * <p>The reads run on {@link #READERS} threads of their own, never on the server's request threads:
 * those are few ({@code executor.maxThreads}, 8 by default), and a read waits on the platform's
 * answer. When the platform is served by the same server (the development platform), reads on the
 * request threads held every thread while the platform's answers waited for one, and a course with
 * eight graded links read nothing (seen in a CI run).
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#result-service">AGS 2.0 Result
 *     Service</a>
 */
@ApplicationScoped
public class GradebookResults {

  private static final Logger LOG = Logger.getLogger(GradebookResults.class.getName());

  /** How a link's read ended. */
  public enum Outcome {
    /** The platform answered; {@link LinkResults#bySub()} holds its results. */
    READ,
    /** The latest launch of the link did not grant {@code result.readonly}. */
    NOT_GRANTED,
    /** No line item is known yet (no score was delivered and the launch named none). */
    NO_LINE_ITEM,
    /** The platform did not answer within the wait. */
    NO_ANSWER,
    /** The platform refused or failed; {@link LinkResults#message()} says how. */
    FAILED
  }

  /** One graded link's results: by the learner's {@code sub}, or why there are none. */
  public record LinkResults(
      long linkRef,
      String title,
      String activity,
      Outcome outcome,
      Map<String, Result> bySub,
      String message) {

    static LinkResults of(GradedLinkOfCourse link, Outcome outcome, String message) {
      return new LinkResults(link.id(), link.title(), link.activity(), outcome, Map.of(), message);
    }
  }

  @Inject JdbcScoreOutbox outbox;
  @Inject CachedRegistrationLookup registrations;
  @Inject GradeService grades;
  @Inject AgsSettings settings;
  @Resource ManagedThreadFactory threads;

  /** How many links are read at once, over all the instructors reading. */
  static final int READERS = 4;

  /**
   * Reads waiting beyond this many are not started; their links say the platform did not answer.
   */
  static final int WAITING_READS = 1_000;

  private ThreadPoolExecutor readers;

  /** The results of every graded link of the caller's course (403 for a learner). */
  public List<LinkResults> read(KenesSession session) {
    List<GradedLinkOfCourse> links = outbox.gradedLinks(GradeDeliveries.course(session));
    return readAll(links, this::read, readers(), settings.resultsWait().toNanos());
  }

  /**
   * Reads every link with {@code reader} on {@code on}, waiting at most {@code waitNanos} for all
   * of them: a read not done by then, or not taken by {@code on}, ends as {@link
   * Outcome#NO_ANSWER}.
   */
  static List<LinkResults> readAll(
      List<GradedLinkOfCourse> links,
      Function<GradedLinkOfCourse, LinkResults> reader,
      Executor on,
      long waitNanos) {
    long deadline = System.nanoTime() + waitNanos;
    String waited = String.valueOf(Duration.ofNanos(waitNanos).toSeconds());
    List<CompletableFuture<LinkResults>> reads = new ArrayList<>();
    for (GradedLinkOfCourse link : links) {
      CompletableFuture<LinkResults> read;
      try {
        read = CompletableFuture.supplyAsync(() -> reader.apply(link), on);
      } catch (RejectedExecutionException e) {
        read = CompletableFuture.completedFuture(LinkResults.of(link, Outcome.NO_ANSWER, waited));
      }
      reads.add(read);
    }
    List<LinkResults> results = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      results.add(await(links.get(i), reads.get(i), deadline, waited));
    }
    return results;
  }

  private synchronized Executor readers() {
    if (readers == null) {
      readers = newReaders(threads);
    }
    return readers;
  }

  /** {@link #READERS} threads made by {@code factory}, ended after a minute without work. */
  static ThreadPoolExecutor newReaders(ThreadFactory factory) {
    AtomicInteger made = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            READERS,
            READERS,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(WAITING_READS),
            task -> {
              Thread thread = factory.newThread(task);
              thread.setName("kenes-gradebook-read-" + made.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @PreDestroy
  synchronized void stop() {
    if (readers != null) {
      readers.shutdownNow();
      readers = null;
    }
  }

  LinkResults read(GradedLinkOfCourse link) {
    List<String> granted =
        Arrays.asList(link.agsScope() == null ? new String[0] : link.agsScope().split(" "));
    if (!granted.contains(AgsScopes.RESULT_READONLY)) {
      return LinkResults.of(link, Outcome.NOT_GRANTED, null);
    }
    if (link.lineItem() == null) {
      return LinkResults.of(link, Outcome.NO_LINE_ITEM, null);
    }
    try {
      PlatformRegistration registration =
          registrations
              .findById(link.registrationId())
              .orElseThrow(() -> new ServiceCallException(0, "the registration was removed", null));
      Map<String, Result> bySub = new LinkedHashMap<>();
      for (Result result : grades.results(registration, granted, URI.create(link.lineItem()))) {
        if (result.userId() != null) {
          bySub.put(result.userId(), result);
        }
      }
      return new LinkResults(
          link.id(), link.title(), link.activity(), Outcome.READ, Map.copyOf(bySub), null);
    } catch (ServiceCallException e) {
      return LinkResults.of(link, Outcome.FAILED, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading the results of link " + link.id() + " failed", e);
      return LinkResults.of(link, Outcome.FAILED, ServiceCallException.cut(String.valueOf(e)));
    }
  }

  private static LinkResults await(
      GradedLinkOfCourse link, CompletableFuture<LinkResults> read, long deadline, String waited) {
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      return read.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      read.cancel(true);
      return LinkResults.of(link, Outcome.NO_ANSWER, waited);
    } catch (ExecutionException e) {
      return LinkResults.of(
          link, Outcome.FAILED, ServiceCallException.cut(String.valueOf(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LinkResults.of(link, Outcome.NO_ANSWER, waited);
    }
  }
}
