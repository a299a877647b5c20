package kz.kenes.platform.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import kz.kenes.platform.concurrent.Backoff;

/**
 * The SMTP server Kenes sends through and how hard it tries (docs/configuration.md, "E-mail"). Mail
 * is off while {@code host} is blank: nothing is written to the outbox and no worker runs.
 *
 * @param host the SMTP server; blank: no mail at all
 * @param port its port (587 by default: submission with STARTTLS)
 * @param from the sender's address ({@code From})
 * @param user the user to authenticate as; blank: no authentication
 * @param password the password of {@code user}; never logged
 * @param startTls whether the connection must be upgraded with STARTTLS before anything is sent
 * @param pollInterval how often an idle worker looks for due mails
 * @param retryInitial the wait after a first failed attempt, doubled after each further one
 * @param retryMax the longest wait between two attempts
 * @param maxAttempts after this many failed attempts a mail is failed for good
 * @param timeout connect, read and write timeout of the SMTP connection
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    String user,
    String password,
    boolean startTls,
    Duration pollInterval,
    Duration retryInitial,
    Duration retryMax,
    int maxAttempts,
    Duration timeout) {

  public static final String HOST = "kenes.mail.smtp.host";
  public static final String PORT = "kenes.mail.smtp.port";
  public static final String FROM = "kenes.mail.from";
  public static final String USER = "kenes.mail.smtp.user";
  public static final String PASSWORD = "kenes.mail.smtp.password";
  public static final String STARTTLS = "kenes.mail.smtp.starttls";
  public static final String POLL = "kenes.mail.poll-interval";
  public static final String RETRY_INITIAL = "kenes.mail.retry.initial";
  public static final String RETRY_MAX = "kenes.mail.retry.max";
  public static final String MAX_ATTEMPTS = "kenes.mail.max-attempts";
  public static final String TIMEOUT = "kenes.mail.timeout";

  /** Mail off: no host. */
  public static final SmtpSettings OFF = read(key -> Optional.empty());

  /** The settings as {@code config} gives them, each with its default. */
  public static SmtpSettings read(Function<String, Optional<String>> config) {
    Function<String, Optional<String>> set =
        key -> config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    return new SmtpSettings(
        set.apply(HOST).orElse(""),
        set.apply(PORT).map(Integer::parseInt).orElse(587),
        set.apply(FROM).orElse("Kenes <no-reply@localhost>"),
        set.apply(USER).orElse(""),
        config.apply(PASSWORD).orElse(""),
        set.apply(STARTTLS).map(Boolean::parseBoolean).orElse(true),
        set.apply(POLL).map(Duration::parse).orElse(Duration.ofSeconds(10)),
        set.apply(RETRY_INITIAL).map(Duration::parse).orElse(Duration.ofMinutes(1)),
        set.apply(RETRY_MAX).map(Duration::parse).orElse(Duration.ofHours(1)),
        set.apply(MAX_ATTEMPTS).map(Integer::parseInt).orElse(30),
        set.apply(TIMEOUT).map(Duration::parse).orElse(Duration.ofSeconds(20)));
  }

  /** Whether Kenes sends mail at all. */
  public boolean enabled() {
    return !host.isBlank();
  }

  /** How long a claimed mail is left to its worker before another may take it. */
  public Duration lease() {
    return timeout.multipliedBy(6);
  }

  /**
   * The longest wait after the {@code attempt}-th failure: {@code retryInitial · 2^(attempt-1)},
   * capped at {@code retryMax}. The worker waits a random time between half and all of it.
   */
  public Duration backoff(int attempt) {
    return retryBackoff().ceiling(attempt);
  }

  /**
   * The backoff between attempts: {@code retryInitial} doubling up to {@code retryMax} (an initial
   * wait under a millisecond counts as one, a maximum under the initial wait as the initial wait).
   */
  public Backoff retryBackoff() {
    Duration initial = retryInitial.toMillis() < 1 ? Duration.ofMillis(1) : retryInitial;
    return new Backoff(initial, retryMax.compareTo(initial) < 0 ? initial : retryMax);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", from="
        + from
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "" : "***")
        + ", startTls="
        + startTls
        + "]";
  }
}
