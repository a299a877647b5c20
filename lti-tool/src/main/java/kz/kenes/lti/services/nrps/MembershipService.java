package kz.kenes.lti.services.nrps;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.services.AccessTokens;
import kz.kenes.lti.services.ServiceCallException;
import kz.kenes.lti.services.ags.AgsUrls;

/**
 * Reads a context's members from its {@code context_memberships_url} (NRPS 2.0 §2): {@code GET}
 * with {@code Accept: application/vnd.ims.lti-nrps.v2.membershipcontainer+json} and a bearer token
 * for {@link #SCOPE}, optionally filtered by {@code role} and paged by {@code limit}, following
 * {@code Link: rel="next"} to the last page. A 401 drops the token and the page is asked once more
 * with a new one.
 *
 * <p>Bounded: each answer is read to at most {@link #MAX_PAGE_BYTES} (more is refused), at most
 * {@link #MAX_PAGES} pages are followed, and every call has the timeout given. Members without name
 * or e-mail are kept with nulls.
 */
public final class MembershipService {

  public static final String SCOPE =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  public static final String MEMBERSHIP_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

  /** The most pages followed: with the platform's page size that is a large course. */
  static final int MAX_PAGES = 200;

  /** The largest answer read for one page. */
  static final int MAX_PAGE_BYTES = 4 * 1024 * 1024;

  private final AccessTokens tokens;
  private final HttpClient http;
  private final Duration timeout;

  public MembershipService(AccessTokens tokens, HttpClient http, Duration timeout) {
    this.tokens = Objects.requireNonNull(tokens);
    this.http = Objects.requireNonNull(http);
    this.timeout = Objects.requireNonNull(timeout);
  }

  /**
   * Every member of the context, every page.
   *
   * @param role a role URI to filter by (sent as {@code role}), or null for all
   * @param limit the page size asked of the platform ({@code limit}), or 0 for the platform's own
   * @throws ServiceCallException when the platform refuses, does not answer, or answers too much
   */
  public Membership members(
      PlatformRegistration registration, URI membershipsUrl, String role, int limit) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("role", role);
    query.put("limit", limit > 0 ? String.valueOf(limit) : null);
    Map<String, Member> members = new LinkedHashMap<>();
    String contextId = null;
    Optional<URI> page = Optional.of(AgsUrls.withQuery(membershipsUrl, query));
    int pages = 0;
    while (page.isPresent()) {
      if (pages == MAX_PAGES) {
        throw new ServiceCallException(
            0, "more than " + MAX_PAGES + " pages of members", null, true, null);
      }
      URI url = page.get();
      Answer answer = get(registration, url);
      pages++;
      Map<String, Object> container = object(answer.body());
      if (container.get("context") instanceof Map<?, ?> context
          && context.get("id") instanceof String id) {
        contextId = id;
      }
      if (container.get("members") instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> map) {
            Member member = member(map);
            if (member != null) {
              members.put(member.userId(), member);
            }
          }
        }
      }
      page = AgsUrls.next(url, answer.links());
    }
    return new Membership(contextId, new ArrayList<>(members.values()), pages);
  }

  /** A member from its JSON; null without a {@code user_id}. Status defaults to Active. */
  static Member member(Map<?, ?> json) {
    if (!(json.get("user_id") instanceof String userId) || userId.isBlank()) {
      return null;
    }
    List<String> roles = new ArrayList<>();
    if (json.get("roles") instanceof List<?> list) {
      for (Object role : list) {
        if (role instanceof String r && !r.isBlank()) {
          roles.add(r);
        }
      }
    }
    boolean active = !"Inactive".equalsIgnoreCase(text(json, "status"));
    return new Member(
        userId,
        roles,
        active,
        text(json, "name"),
        text(json, "given_name"),
        text(json, "family_name"),
        text(json, "email"));
  }

  private static String text(Map<?, ?> json, String name) {
    return json.get(name) instanceof String s && !s.isBlank() ? s : null;
  }

  private record Answer(String body, List<String> links) {}

  private Answer get(PlatformRegistration registration, URI url) {
    Set<String> scopes = Set.of(SCOPE);
    String token = tokens.token(registration, scopes);
    HttpResponse<InputStream> answer = send(url, token);
    if (answer.statusCode() == 401) {
      discard(answer);
      tokens.invalidate(registration, scopes, token);
      answer = send(url, tokens.token(registration, scopes));
    }
    String body = read(url, answer);
    int status = answer.statusCode();
    if (status / 100 != 2) {
      throw new ServiceCallException(status, body, null);
    }
    return new Answer(body, answer.headers().allValues("Link"));
  }

  private HttpResponse<InputStream> send(URI url, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", MEMBERSHIP_TYPE)
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ServiceCallException("GET " + url + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceCallException("interrupted: " + url, e);
    }
  }

  private static String read(URI url, HttpResponse<InputStream> answer) {
    try (InputStream in = answer.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (out.size() + n > MAX_PAGE_BYTES) {
          throw new ServiceCallException(
              answer.statusCode(),
              "the answer of " + url + " exceeds " + MAX_PAGE_BYTES + " bytes",
              null,
              true,
              null);
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ServiceCallException("reading " + url + ": " + e, e);
    }
  }

  private static void discard(HttpResponse<InputStream> answer) {
    try (InputStream in = answer.body()) {
      in.skip(MAX_PAGE_BYTES);
    } catch (IOException ignored) {
      // the connection is dropped; the retry opens another
    }
  }

  private static Map<String, Object> object(String body) {
    try {
      return JSONObjectUtils.parse(body);
    } catch (ParseException e) {
      throw new ServiceCallException("not a membership container: " + body, e);
    }
  }
}
