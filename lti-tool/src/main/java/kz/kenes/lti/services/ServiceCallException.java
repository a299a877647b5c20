package kz.kenes.lti.services;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to a platform's service (token endpoint, line items, scores, results) that did not
 * succeed: the HTTP status (0 when no answer came: connection refused, timeout, malformed answer),
 * the platform's own message cut to a readable length, and how long the platform asked to wait.
 *
 * <p>{@link #permanent()} says whether trying again can help: a 4xx other than 401 (the token
 * expired or was revoked), 408 (timeout) and 429 (too many requests) means the request itself is
 * wrong for this platform and will be refused again.
 */
public class ServiceCallException extends RuntimeException {

  /** How much of a platform's answer is kept as its message. */
  static final int MESSAGE_LIMIT = 500;

  private final int status;
  private final String platformMessage;
  private final Duration retryAfter;
  private final boolean permanent;

  /** A refusal by the platform; permanent as {@link #isPermanent(int)} says. */
  public ServiceCallException(int status, String platformMessage, Duration retryAfter) {
    this(status, platformMessage, retryAfter, isPermanent(status), null);
  }

  /** No answer (connection, timeout, malformed body): worth trying again. */
  public ServiceCallException(String whatFailed, Throwable cause) {
    this(0, whatFailed, null, false, cause);
  }

  /** A failure whose permanence the caller knows better than the status. */
  public ServiceCallException(
      int status, String platformMessage, Duration retryAfter, boolean permanent, Throwable cause) {
    super(describe(status, platformMessage), cause);
    this.status = status;
    this.platformMessage = cut(platformMessage);
    this.retryAfter = retryAfter;
    this.permanent = permanent;
  }

  /** The HTTP status of the platform's answer; 0 when there was none. */
  public int status() {
    return status;
  }

  /** What the platform said (its body, cut), or what failed when it said nothing. */
  public String platformMessage() {
    return platformMessage;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Whether the same request will be refused again (by default a 4xx but 401, 408 and 429). */
  public boolean permanent() {
    return permanent;
  }

  /** Whether a status refuses the request itself (a 4xx other than 401, 408 and 429). */
  public static boolean isPermanent(int status) {
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
  }

  private static String describe(int status, String message) {
    return (status == 0 ? "no answer" : "HTTP " + status) + ": " + cut(message);
  }

  /**
   * A platform's answer made fit to show and store: script and style blocks and HTML tags removed
   * (an error page of a proxy or a web server), control characters dropped, whitespace collapsed to
   * one line, at most {@link #MESSAGE_LIMIT} characters.
   */
  public static String cut(String message) {
    if (message == null) {
      return "";
    }
    String text =
        SCRIPT_OR_STYLE
            .matcher(message)
            .replaceAll(" ")
            .replaceAll("<[^>]{0,2000}>", " ")
            .replaceAll("&nbsp;", " ")
            .replaceAll("\\p{Cntrl}", " ");
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > MESSAGE_LIMIT ? oneLine.substring(0, MESSAGE_LIMIT) + "…" : oneLine;
  }

  private static final java.util.regex.Pattern SCRIPT_OR_STYLE =
      java.util.regex.Pattern.compile(
          "<(script|style)\\b[^>]{0,2000}>.*?</\\1\\s*>",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);
}
