package kz.kenes.lti.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A platform's LTI Advantage services on a free port of 127.0.0.1, for tests of the tool's AGS
 * client: a token endpoint that checks the client assertion (against a fixed key, or against the
 * tool's JWKS fetched during the call, as Moodle does), a line items container with paging, and
 * Moodle-shaped line item URLs ({@code /lineitems/N/lineitem?type_id=3}) whose scores are posted to
 * {@code /lineitems/N/lineitem/scores?type_id=3}, and their results. The token endpoint, recording
 * and failures are {@link FakeServicePlatform}'s; a test reads the stored scores.
 */
public final class FakeAgsPlatform extends FakeServicePlatform {

  /** A request as it arrived: method, path with query, headers that matter, body. */
  public record Recorded(
      String method, String pathAndQuery, String contentType, String authorization, String body) {}

  /** A stored score: the score JSON as posted, parsed. */
  public record StoredScore(int lineItem, Map<String, Object> json) {}

  private final List<Map<String, Object>> lineItems = new CopyOnWriteArrayList<>();
  private final List<StoredScore> scores = new CopyOnWriteArrayList<>();
  private final Map<String, Long> latest = new java.util.HashMap<>();
  private volatile int pageSize = 2;

  private FakeAgsPlatform(String clientId, Supplier<String> toolJwks) {
    super(clientId, toolJwks, "fake-ags-platform");
  }

  /**
   * Starts the platform. The client assertion is checked against the key set {@code toolJwks}
   * gives, asked during each token request (a URL fetch makes it Moodle's behaviour).
   */
  public static FakeAgsPlatform start(String clientId, Supplier<String> toolJwks) {
    FakeAgsPlatform platform = new FakeAgsPlatform(clientId, toolJwks);
    platform.listen();
    return platform;
  }

  public URI lineItemsUrl() {
    return url("/lineitems");
  }

  /** Adds a line item and returns its Moodle-shaped URL ({@code …/lineitem?type_id=3}). */
  public URI addLineItem(String label, String resourceId, String resourceLinkId) {
    synchronized (lineItems) {
      int n = lineItems.size() + 1;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", url("/lineitems/" + n + "/lineitem?type_id=3").toString());
      item.put("label", label);
      item.put("scoreMaximum", 1);
      item.put("resourceId", resourceId);
      if (resourceLinkId != null) {
        item.put("resourceLinkId", resourceLinkId);
      }
      lineItems.add(item);
      return URI.create((String) item.get("id"));
    }
  }

  /** The next {@code count} service requests (token included) are answered {@code status}. */
  public void failNext(int count, int status) {
    failNext(count, status, "text/plain", "service unavailable for a while");
  }

  public void pageSize(int size) {
    pageSize = size;
  }

  public List<Recorded> requests() {
    return received().stream()
        .map(
            r ->
                new Recorded(
                    r.method(), r.pathAndQuery(), r.contentType(), r.authorization(), r.body()))
        .toList();
  }

  public List<Recorded> requests(String method, String pathPrefix) {
    return requests().stream()
        .filter(r -> r.method().equals(method) && r.pathAndQuery().startsWith(pathPrefix))
        .toList();
  }

  public List<StoredScore> scores() {
    return List.copyOf(scores);
  }

  public List<Map<String, Object>> lineItems() {
    return List.copyOf(lineItems);
  }

  @Override
  protected void serve(HttpExchange exchange, String path, String query, String body)
      throws IOException {
    if (path.equals("/lineitems")) {
      lineItems(exchange, query, body);
    } else if (path.matches("/lineitems/\\d+/lineitem/scores")) {
      score(exchange, Integer.parseInt(path.split("/")[2]), body);
    } else if (path.matches("/lineitems/\\d+/lineitem/results")) {
      results(exchange, Integer.parseInt(path.split("/")[2]), query);
    } else {
      answer(exchange, 404, "text/plain", "no such service: " + path);
    }
  }

  private void lineItems(HttpExchange exchange, String query, String body) throws IOException {
    if (exchange.getRequestMethod().equals("POST")) {
      Map<String, Object> posted = json(body);
      URI id =
          addLineItem(
              (String) posted.get("label"),
              (String) posted.get("resourceId"),
              (String) posted.get("resourceLinkId"));
      posted.put("id", id.toString());
      answer(exchange, 201, "application/vnd.ims.lis.v2.lineitem+json", toJson(posted));
      return;
    }
    Map<String, String> params = form(query == null ? "" : query);
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    List<Map<String, Object>> all = List.copyOf(lineItems);
    int from = Math.min(all.size(), (page - 1) * pageSize);
    int to = Math.min(all.size(), from + pageSize);
    if (to < all.size()) {
      next(exchange, url("/lineitems?page=" + (page + 1)));
    }
    StringBuilder json = new StringBuilder("[");
    for (Map<String, Object> item : all.subList(from, to)) {
      json.append(json.length() > 1 ? "," : "").append(toJson(item));
    }
    answer(exchange, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", json + "]");
  }

  private void score(HttpExchange exchange, int lineItem, String body) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!"application/vnd.ims.lis.v1.score+json".equals(type)) {
      answer(exchange, 415, "text/plain", "score content type expected, got " + type);
      return;
    }
    Map<String, Object> json = json(body);
    for (String required :
        List.of(
            "userId",
            "scoreGiven",
            "scoreMaximum",
            "timestamp",
            "activityProgress",
            "gradingProgress")) {
      if (!json.containsKey(required)) {
        answer(exchange, 400, "text/plain", "Incorrect score received: no " + required);
        return;
      }
    }
    String stamp = (String) json.get("timestamp");
    // Moodle: a timestamp not later than the stored one, to the second, is refused with 409.
    String key = lineItem + " " + json.get("userId");
    long at = seconds(stamp);
    boolean later;
    synchronized (latest) {
      Long stored = latest.get(key);
      later = stored == null || at > stored;
      if (later) {
        latest.put(key, at);
        scores.add(new StoredScore(lineItem, json));
      }
    }
    if (!later) {
      answer(exchange, 409, "text/plain", "Refusing score with an earlier timestamp");
      return;
    }
    answer(exchange, 200, "application/json", "{}");
  }

  /** The line item's results, {@link #pageSize} a page with {@code Link: rel="next"}. */
  private void results(HttpExchange exchange, int lineItem, String query) throws IOException {
    Map<String, String> params = form(query == null ? "" : query);
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    List<StoredScore> all = scores.stream().filter(s -> s.lineItem() == lineItem).toList();
    int from = Math.min(all.size(), (page - 1) * pageSize);
    int to = Math.min(all.size(), from + pageSize);
    if (to < all.size()) {
      String next = "/lineitems/" + lineItem + "/lineitem/results?type_id=3&page=" + (page + 1);
      next(exchange, url(next));
    }
    StringBuilder json = new StringBuilder("[");
    for (StoredScore s : all.subList(from, to)) {
      json.append(json.length() > 1 ? "," : "")
          .append("{\"userId\":\"")
          .append(s.json().get("userId"))
          .append("\",\"resultScore\":")
          .append(s.json().get("scoreGiven"))
          .append(",\"resultMaximum\":")
          .append(s.json().get("scoreMaximum"))
          .append('}');
    }
    answer(exchange, 200, "application/vnd.ims.lis.v2.resultcontainer+json", json + "]");
  }

  private static long seconds(String isoTimestamp) {
    return java.time.OffsetDateTime.parse(isoTimestamp).toEpochSecond();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String body) {
    try {
      return new LinkedHashMap<>(com.nimbusds.jose.util.JSONObjectUtils.parse(body));
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException("not JSON: " + body, e);
    }
  }

  private static String toJson(Map<String, Object> map) {
    return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(map);
  }
}
