package kz.kenes.lti.testing;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A platform's Names and Role Provisioning Service on a free port of 127.0.0.1, for tests of the
 * tool's NRPS client: one context's memberships at {@code /memberships} with {@code role} and
 * {@code limit} filters and {@code Link: rel="next"} paging. The token endpoint, recording and
 * failures are {@link FakeServicePlatform}'s. A test sets the members (and may change them between
 * syncs), makes answers fail and reads what was asked.
 */
public final class FakeNrpsPlatform extends FakeServicePlatform {

  public static final String MEMBERSHIP_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** A request as it arrived. */
  public record Recorded(String method, String pathAndQuery, String accept, String authorization) {}

  private final List<Map<String, Object>> members = new CopyOnWriteArrayList<>();
  private volatile int pageSize = 2;

  private FakeNrpsPlatform(String clientId, Supplier<String> toolJwks) {
    super(clientId, toolJwks, "fake-nrps");
  }

  /** Starts the platform; assertions are checked against the key set {@code toolJwks} gives. */
  public static FakeNrpsPlatform start(String clientId, Supplier<String> toolJwks) {
    FakeNrpsPlatform platform = new FakeNrpsPlatform(clientId, toolJwks);
    platform.listen();
    return platform;
  }

  /** The context's memberships URL, with a query as Moodle's has, so the tool must keep it. */
  public URI membershipsUrl() {
    return url("/memberships?course=7");
  }

  /** Adds a member; name and email may be null (left out of the JSON). */
  public void addMember(String userId, String name, String email, String... roles) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("user_id", userId);
    member.put("status", "Active");
    if (name != null) {
      member.put("name", name);
    }
    if (email != null) {
      member.put("email", email);
    }
    member.put("roles", List.of(roles));
    members.add(member);
  }

  /** Removes a member, as a platform does when a learner leaves the course. */
  public void removeMember(String userId) {
    members.removeIf(m -> userId.equals(m.get("user_id")));
  }

  public void pageSize(int size) {
    pageSize = size;
  }

  /** The next {@code count} requests (token included) are answered {@code status} and body. */
  public void failNext(int count, int status, String body) {
    failNext(count, status, "text/plain", body);
  }

  public List<Recorded> requests(String pathPrefix) {
    return received().stream()
        .filter(r -> r.pathAndQuery().startsWith(pathPrefix))
        .map(r -> new Recorded(r.method(), r.pathAndQuery(), r.accept(), r.authorization()))
        .toList();
  }

  @Override
  protected void serve(HttpExchange exchange, String path, String query, String body)
      throws IOException {
    if (path.equals("/memberships")) {
      memberships(exchange, query);
    } else {
      answer(exchange, 404, "text/plain", "no such service: " + path);
    }
  }

  private void memberships(HttpExchange exchange, String query) throws IOException {
    Map<String, String> params = form(query);
    String role = params.get("role");
    int limit = Integer.parseInt(params.getOrDefault("limit", String.valueOf(pageSize)));
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    List<Map<String, Object>> all = new ArrayList<>();
    for (Map<String, Object> m : members) {
      if (role == null || ((List<?>) m.get("roles")).contains(role)) {
        all.add(m);
      }
    }
    int from = Math.min(all.size(), (page - 1) * limit);
    int to = Math.min(all.size(), from + limit);
    if (to < all.size()) {
      StringBuilder q = new StringBuilder("/memberships?course=7&page=" + (page + 1));
      q.append("&limit=").append(limit);
      if (role != null) {
        q.append("&role=").append(java.net.URLEncoder.encode(role, StandardCharsets.UTF_8));
      }
      next(exchange, url(q.toString()));
    }
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("id", url("/memberships?course=7").toString());
    container.put("context", Map.of("id", "course-7", "label", "C7", "title", "Course 7"));
    container.put("members", all.subList(from, to));
    answer(exchange, 200, MEMBERSHIP_TYPE, JSONObjectUtils.toJSONString(container));
  }
}
