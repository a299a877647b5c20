package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.kenes.lti.security.jwt.ClientAssertions;
import kz.kenes.lti.security.keys.ToolKeys;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAuthenticated;

/**
 * The development platform's Assignment and Grade Services, in memory (dev mode, one node): access
 * tokens for Kenes's client assertion (checked against Kenes's own key set), line items per course
 * and the gradebook of scores, where a score is kept only when it is later than the stored one
 * (Moodle's rule, to the second). Lost on restart, like everything else of the dev platform but its
 * registration.
 */
@ApplicationScoped
public class DevGradebook {

  /** The AGS scopes the development platform grants in its launches. */
  public static final List<String> SCOPES =
      List.of(
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/score");

  /** How long an access token of the development platform lives. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  @Inject ToolKeys toolKeys;
  @Inject Clock clock;

  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final List<LineItem> lineItems = new CopyOnWriteArrayList<>();
  private final Map<String, Score> scores = new ConcurrentHashMap<>();

  /** A column of the gradebook. */
  public record LineItem(
      int id,
      String contextId,
      String label,
      double scoreMaximum,
      String resourceId,
      String tag,
      String resourceLinkId) {}

  /** The latest score of one user in one column. */
  public record Score(
      int lineItem,
      String userId,
      double scoreGiven,
      double scoreMaximum,
      String activityProgress,
      String gradingProgress,
      String timestamp,
      Instant received) {}

  /** What became of a posted score. */
  public enum Outcome {
    STORED,
    NOT_LATER
  }

  /**
   * Issues a token for a client credentials request whose client assertion Kenes signed.
   *
   * @throws InvalidInput naming what is wrong with the request (RFC 6749 §5.2 invalid_request,
   *     invalid_client)
   */
  public String issueToken(
      String grantType, String assertionType, String assertion, URI tokenUrl, String clientId) {
    if (!"client_credentials".equals(grantType)) {
      throw new InvalidInput("grant_type", "unsupported_grant_type: only client_credentials");
    }
    if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(assertionType)
        || assertion == null) {
      throw new InvalidInput(
          "client_assertion", "invalid_client: a JWT client assertion is required");
    }
    try {
      ClientAssertions.verify(
          assertion, toolKeys.publicJwksJson(), clientId, tokenUrl, clock.instant());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("client_assertion", "invalid_client: " + e.getMessage());
    }
    String token = UUID.randomUUID().toString();
    tokens.put(token, clock.instant().plus(TOKEN_LIFETIME));
    return token;
  }

  /** Refuses a request without a valid bearer token of this platform (401). */
  public void requireToken(String authorization) {
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7).strip()
            : "";
    Instant expiry = tokens.get(token);
    if (expiry == null || !expiry.isAfter(clock.instant())) {
      throw new NotAuthenticated("A valid access token of the development platform is required.");
    }
  }

  public List<LineItem> lineItems(String contextId) {
    return lineItems.stream().filter(l -> l.contextId().equals(contextId)).toList();
  }

  public Optional<LineItem> lineItem(int id) {
    return lineItems.stream().filter(l -> l.id() == id).findFirst();
  }

  public synchronized LineItem addLineItem(
      String contextId,
      String label,
      double scoreMaximum,
      String resourceId,
      String tag,
      String resourceLinkId) {
    if (label == null || label.isBlank() || !(scoreMaximum > 0)) {
      throw new InvalidInput("label", "A line item needs a label and a scoreMaximum above 0.");
    }
    LineItem item =
        new LineItem(
            lineItems.size() + 1, contextId, label, scoreMaximum, resourceId, tag, resourceLinkId);
    lineItems.add(item);
    return item;
  }

  /** Stores a score unless the stored one is as recent, to the second (Moodle answers 409). */
  public synchronized Outcome score(int lineItem, Map<String, Object> json) {
    for (String required :
        List.of(
            "userId",
            "scoreGiven",
            "scoreMaximum",
            "timestamp",
            "activityProgress",
            "gradingProgress")) {
      if (json.get(required) == null) {
        throw new InvalidInput(required, "Incorrect score received: " + required + " is missing.");
      }
    }
    String userId = String.valueOf(json.get("userId"));
    String timestamp = String.valueOf(json.get("timestamp"));
    long seconds;
    try {
      seconds = OffsetDateTime.parse(timestamp).toEpochSecond();
    } catch (RuntimeException e) {
      throw new InvalidInput("timestamp", "timestamp is not ISO 8601 with an offset: " + timestamp);
    }
    String key = lineItem + " " + userId;
    Score stored = scores.get(key);
    if (stored != null && seconds <= OffsetDateTime.parse(stored.timestamp()).toEpochSecond()) {
      return Outcome.NOT_LATER;
    }
    scores.put(
        key,
        new Score(
            lineItem,
            userId,
            ((Number) json.get("scoreGiven")).doubleValue(),
            ((Number) json.get("scoreMaximum")).doubleValue(),
            String.valueOf(json.get("activityProgress")),
            String.valueOf(json.get("gradingProgress")),
            timestamp,
            clock.instant()));
    return Outcome.STORED;
  }

  /** The scores of a line item, by user. */
  public List<Score> scores(int lineItem) {
    return scores.values().stream()
        .filter(s -> s.lineItem() == lineItem)
        .sorted(Comparator.comparing(Score::userId))
        .toList();
  }

  /** Every column with its scores, for the gradebook page. */
  public List<Map.Entry<LineItem, List<Score>>> gradebook() {
    List<Map.Entry<LineItem, List<Score>>> columns = new ArrayList<>();
    for (LineItem item : lineItems) {
      columns.add(Map.entry(item, scores(item.id())));
    }
    return columns;
  }
}
