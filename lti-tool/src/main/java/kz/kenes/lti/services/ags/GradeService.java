package kz.kenes.lti.services.ags;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONArrayUtils;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ServiceCallException;
import net.minidev.json.JSONObject;

/**
 * The Assignment and Grade Services client: finds or creates the line item of a Kenes activity,
 * publishes scores to it and reads its results, each call with a bearer token from {@link
 * AccessTokens} (one token for all the AGS scopes the launch granted). A 401 drops the token and
 * the call is sent once more with a new one. Any other refusal is a {@link ServiceCallException}
 * carrying the platform's status and message; Moodle's 409 to a score is {@link
 * ScoreOutcome#SUPERSEDED}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">AGS 2.0</a>
 */
public final class GradeService {

  public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
  public static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  public static final String LINEITEMS_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  public static final String RESULTS_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";

  /** At most this many pages of line items are read while looking for one. */
  static final int MAX_PAGES = 50;

  /** ISO 8601 with milliseconds and a numeric offset, as Moodle's {@code strtotime} reads it. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.UTC);

  private final AccessTokens tokens;
  private final HttpClient http;
  private final Duration timeout;

  public GradeService(AccessTokens tokens, HttpClient http, Duration timeout) {
    this.tokens = Objects.requireNonNull(tokens);
    this.http = Objects.requireNonNull(http);
    this.timeout = Objects.requireNonNull(timeout);
  }

  /**
   * The line item to score: the launch's own {@code lineitem} when it sent one; else the one in
   * {@code lineItems} whose {@code resourceId} (and resource link, when the spec names one) match,
   * reading every page; else a new one created there.
   *
   * @throws ServiceCallException permanent when the launch granted neither a line item nor a way to
   *     find or create one
   */
  public URI lineItem(
      PlatformRegistration registration,
      Collection<String> granted,
      String launchLineItem,
      String lineItems,
      LineItemSpec spec) {
    if (launchLineItem != null && !launchLineItem.isBlank()) {
      return URI.create(launchLineItem);
    }
    if (lineItems == null || lineItems.isBlank()) {
      throw refusal("the launch granted no line item and no line items service");
    }
    Set<String> scopes = AgsScopes.wanted(granted);
    return find(registration, scopes, URI.create(lineItems), spec)
        .orElseGet(() -> create(registration, scopes, URI.create(lineItems), spec));
  }

  /** Publishes a score to the line item's scores endpoint (its path + {@code /scores}). */
  public ScoreOutcome publish(
      PlatformRegistration registration, Collection<String> granted, URI lineItem, Score score) {
    if (!granted.contains(AgsScopes.SCORE)) {
      throw refusal("the platform did not grant the score scope");
    }
    String body = scoreJson(score);
    HttpResponse<String> answer =
        call(
            registration,
            AgsScopes.wanted(granted),
            token ->
                request(AgsUrls.scores(lineItem), token)
                    .header("Content-Type", SCORE_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
            true);
    return answer.statusCode() == 409 ? ScoreOutcome.SUPERSEDED : ScoreOutcome.STORED;
  }

  /** The results of a line item, every page (AGS 2.0 §3.3); needs {@code result.readonly}. */
  public List<Result> results(
      PlatformRegistration registration, Collection<String> granted, URI lineItem) {
    if (!granted.contains(AgsScopes.RESULT_READONLY)) {
      throw refusal("the platform did not grant the result.readonly scope");
    }
    List<Result> results = new ArrayList<>();
    Optional<URI> page = Optional.of(AgsUrls.results(lineItem));
    for (int n = 0; page.isPresent() && n < MAX_PAGES; n++) {
      URI url = page.get();
      HttpResponse<String> answer =
          call(registration, AgsScopes.wanted(granted), get(url, RESULTS_TYPE), false);
      for (Object item : array(answer.body())) {
        Map<String, Object> result = object(item);
        results.add(
            new Result(
                (String) result.get("userId"),
                number(result.get("resultScore")),
                number(result.get("resultMaximum"))));
      }
      page = AgsUrls.next(url, answer.headers().allValues("Link"));
    }
    return results;
  }

  /** The score JSON: every member Moodle requires, the timestamp with its offset. */
  static String scoreJson(Score score) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", score.userId());
    json.put("scoreGiven", score.scoreGiven());
    json.put("scoreMaximum", score.scoreMaximum());
    json.put("activityProgress", score.activityProgress().name());
    json.put("gradingProgress", "FullyGraded");
    json.put("timestamp", TIMESTAMP.format(score.timestamp()));
    return JSONObject.toJSONString(json);
  }

  static String lineItemJson(LineItemSpec spec) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scoreMaximum", spec.scoreMaximum());
    json.put("label", spec.label());
    json.put("resourceId", spec.resourceId());
    json.put("tag", spec.tag());
    if (spec.resourceLinkId() != null) {
      json.put("resourceLinkId", spec.resourceLinkId());
    }
    return JSONObject.toJSONString(json);
  }

  private Optional<URI> find(
      PlatformRegistration registration, Set<String> scopes, URI lineItems, LineItemSpec spec) {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("resource_id", spec.resourceId());
    filter.put("resource_link_id", spec.resourceLinkId());
    Optional<URI> page = Optional.of(AgsUrls.withQuery(lineItems, filter));
    for (int n = 0; page.isPresent() && n < MAX_PAGES; n++) {
      URI url = page.get();
      HttpResponse<String> answer = call(registration, scopes, get(url, LINEITEMS_TYPE), false);
      for (Object item : array(answer.body())) {
        Map<String, Object> lineItem = object(item);
        // Filters are optional for a platform: check what came back.
        if (spec.resourceId().equals(lineItem.get("resourceId"))
            && (spec.resourceLinkId() == null
                || lineItem.get("resourceLinkId") == null
                || spec.resourceLinkId().equals(lineItem.get("resourceLinkId")))
            && lineItem.get("id") instanceof String id) {
          return Optional.of(url.resolve(id));
        }
      }
      page = AgsUrls.next(url, answer.headers().allValues("Link"));
    }
    return Optional.empty();
  }

  private URI create(
      PlatformRegistration registration, Set<String> scopes, URI lineItems, LineItemSpec spec) {
    if (!scopes.contains(AgsScopes.LINEITEM)) {
      throw refusal("no line item for " + spec.resourceId() + ", and no lineitem scope to add one");
    }
    String body = lineItemJson(spec);
    HttpResponse<String> answer =
        call(
            registration,
            scopes,
            token ->
                request(lineItems, token)
                    .header("Content-Type", LINEITEM_TYPE)
                    .header("Accept", LINEITEM_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
            false);
    if (object(parse(answer.body())).get("id") instanceof String id) {
      return lineItems.resolve(id);
    }
    throw new ServiceCallException(
        answer.statusCode(), "the created line item has no id: " + answer.body(), null);
  }

  private Function<String, HttpRequest> get(URI url, String accept) {
    return token -> request(url, token).header("Accept", accept).GET().build();
  }

  private HttpRequest.Builder request(URI url, String token) {
    return HttpRequest.newBuilder(url).timeout(timeout).header("Authorization", "Bearer " + token);
  }

  /**
   * Sends with a token; on 401 drops it and sends once more with a new one. Answers 2xx (and 409
   * when {@code conflictIsAnswer}); throws for the rest.
   */
  private HttpResponse<String> call(
      PlatformRegistration registration,
      Set<String> scopes,
      Function<String, HttpRequest> request,
      boolean conflictIsAnswer) {
    String token = tokens.token(registration, scopes);
    HttpResponse<String> answer = send(request.apply(token));
    if (answer.statusCode() == 401) {
      tokens.invalidate(registration, scopes, token);
      answer = send(request.apply(tokens.token(registration, scopes)));
    }
    int status = answer.statusCode();
    if (status / 100 == 2 || (conflictIsAnswer && status == 409)) {
      return answer;
    }
    throw new ServiceCallException(status, answer.body(), retryAfter(answer));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ServiceCallException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceCallException("interrupted: " + request.uri(), e);
    }
  }

  private static Duration retryAfter(HttpResponse<String> answer) {
    return answer
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d{1,7}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
        .orElse(null);
  }

  private static ServiceCallException refusal(String why) {
    return new ServiceCallException(0, why, null, true, null);
  }

  private static List<Object> array(String body) {
    try {
      return JSONArrayUtils.parse(body);
    } catch (ParseException e) {
      throw new ServiceCallException("not a JSON array: " + body, e);
    }
  }

  private static Object parse(String body) {
    try {
      return JSONObjectUtils.parse(body);
    } catch (ParseException e) {
      throw new ServiceCallException("not a JSON object: " + body, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new ServiceCallException("not a JSON object: " + value, null);
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
