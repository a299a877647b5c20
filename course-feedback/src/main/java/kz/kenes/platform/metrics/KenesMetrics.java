package kz.kenes.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Kenes's own metrics, in MicroProfile Metrics' application registry, which Liberty serves at
 * {@code /metrics} in the Prometheus text format (a counter {@code kenes.lti.launches} is scraped
 * as {@code kenes_lti_launches_total{…,mp_scope="application"}}). Every name, description and tag
 * is here, so that docs/configuration.md can list them from one place. Tag values come from closed
 * sets (roles, LTI refusal rules, channels), never from a request, so a client cannot make the
 * registry grow. Counting never refuses anything: a failure of the registry is logged and the event
 * goes on.
 */
@ApplicationScoped
public class KenesMetrics {

  private static final Logger LOG = Logger.getLogger(KenesMetrics.class.getName());

  static final Metadata LAUNCHES =
      counter(
          "kenes.lti.launches",
          "LTI launches accepted: a session opened, by the Kenes role it was given");
  static final Metadata REFUSALS =
      counter(
          "kenes.lti.refusals",
          "LTI logins and launches refused, by step (login, launch) and LtiError rule");
  static final Metadata SUBMISSIONS =
      counter(
          "kenes.survey.submissions",
          "Survey responses submitted and stored, by channel (learner, invitation) and whether"
              + " the submission created the response or changed one");

  @Inject MetricRegistry registry;

  /**
   * The counters already looked up, by name and tags: the registry builds its key and searches its
   * map at every look-up, a cost on every launch (docs/performance.md, issue 14). Tag values come
   * from closed sets, so this map stays small.
   */
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  /** A launch ended in a session with the Kenes role {@code role} ({@code LEARNER}, …). */
  public void launchAccepted(String role) {
    increment(LAUNCHES, new Tag("role", lower(role)));
  }

  /**
   * The LTI protocol refused a request.
   *
   * @param step {@code login} or {@code launch}: the endpoint that refused, {@code other} else
   * @param rule the refusal's {@code LtiError} constant, as the log line names it
   */
  public void ltiRefused(String step, String rule) {
    increment(REFUSALS, new Tag("step", step), new Tag("reason", rule));
  }

  /**
   * A survey response was stored.
   *
   * @param channel {@code learner} (a launched learner) or {@code invitation} (a link)
   * @param created whether the submission created the response (else it changed or repeated one)
   */
  public void responseSubmitted(String channel, boolean created) {
    increment(
        SUBMISSIONS,
        new Tag("channel", channel),
        new Tag("response", created ? "created" : "updated"));
  }

  /**
   * Registers a gauge whose figure a context reads (a count in its tables). The supplier is asked
   * at every scrape; wrap a query in a {@link CachedReading} so that scrapes cost at most one query
   * per interval and a failing database shows as {@code NaN} instead of failing the scrape.
   */
  public void gauge(String name, String description, Supplier<Double> figure) {
    try {
      registry.gauge(
          Metadata.builder().withName(name).withDescription(description).build(), figure);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not register the gauge " + name, e);
    }
  }

  private void increment(Metadata metadata, Tag... tags) {
    try {
      counters.computeIfAbsent(key(metadata, tags), k -> registry.counter(metadata, tags)).inc();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not count " + metadata.getName(), e);
    }
  }

  private static String key(Metadata metadata, Tag... tags) {
    StringBuilder key = new StringBuilder(metadata.getName());
    for (Tag tag : tags) {
      key.append('\u0000').append(tag.getTagName()).append('=').append(tag.getTagValue());
    }
    return key.toString();
  }

  private static Metadata counter(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
