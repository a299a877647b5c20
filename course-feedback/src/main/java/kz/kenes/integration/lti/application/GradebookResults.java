package kz.kenes.integration.lti.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  @Resource ManagedExecutorService executor;

  /** The results of every graded link of the caller's course (403 for a learner). */
  public List<LinkResults> read(KenesSession session) {
    List<GradedLinkOfCourse> links = outbox.gradedLinks(GradeDeliveries.course(session));
    List<CompletableFuture<LinkResults>> reads = new ArrayList<>();
    for (GradedLinkOfCourse link : links) {
      reads.add(CompletableFuture.supplyAsync(() -> read(link), executor));
    }
    long deadline = System.nanoTime() + settings.resultsWait().toNanos();
    List<LinkResults> results = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      results.add(await(links.get(i), reads.get(i), deadline));
    }
    return results;
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

  private LinkResults await(
      GradedLinkOfCourse link, CompletableFuture<LinkResults> read, long deadline) {
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      return read.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      read.cancel(true);
      return LinkResults.of(
          link, Outcome.NO_ANSWER, String.valueOf(settings.resultsWait().toSeconds()));
    } catch (ExecutionException e) {
      return LinkResults.of(
          link, Outcome.FAILED, ServiceCallException.cut(String.valueOf(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LinkResults.of(
          link, Outcome.NO_ANSWER, String.valueOf(settings.resultsWait().toSeconds()));
    }
  }
}
