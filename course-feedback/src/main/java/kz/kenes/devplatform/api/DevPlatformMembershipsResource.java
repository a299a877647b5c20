package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevGradebook;
import kz.kenes.devplatform.application.DevMemberships;
import kz.kenes.devplatform.application.DevPlatformRegistrar;
import kz.kenes.platform.domain.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's Names and Role Provisioning Service: a course's members with their
 * roles, filtered by {@code role}, in pages of {@code limit} (default {@link #PAGE_SIZE}, small so
 * that {@code Link: rel="next"} is exercised). Needs a token of {@link DevPlatformTokenResource}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">NRPS 2.0</a>
 */
@Path("/dev/platform/memberships/{context}")
public class DevPlatformMembershipsResource {

  static final String CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  static final int PAGE_SIZE = 3;

  @Inject DevModeGate gate;
  @Inject DevGradebook gradebook;
  @Inject DevMemberships memberships;
  @Inject DevPlatformRegistrar registrar;

  @GET
  @Operation(hidden = true)
  public Response members(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("context") String context,
      @QueryParam("role") String role,
      @QueryParam("limit") Integer limit,
      @QueryParam("page") Integer page) {
    gate.requireOpen();
    gradebook.requireToken(authorization);
    List<DevMemberships.Member> all =
        memberships.members(context).stream()
            .filter(m -> role == null || role.isBlank() || m.roles().contains(role))
            .toList();
    if (all.isEmpty() && memberships.members(context).isEmpty()) {
      throw new NotFound("The development platform has no course '" + context + "'.");
    }
    int size = limit == null || limit < 1 ? PAGE_SIZE : Math.min(limit, 100);
    int number = page == null || page < 1 ? 1 : page;
    int from = Math.min(all.size(), (number - 1) * size);
    int to = Math.min(all.size(), from + size);
    String self = registrar.platform().membershipsUrl(context);
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (DevMemberships.Member m : all.subList(from, to)) {
      JsonObjectBuilder member =
          Json.createObjectBuilder()
              .add("user_id", m.user().subject())
              .add("status", "Active")
              .add("roles", Json.createArrayBuilder(m.roles()));
      if (m.user().name() != null) {
        member.add("name", m.user().name());
      }
      if (m.user().givenName() != null) {
        member.add("given_name", m.user().givenName());
      }
      if (m.user().familyName() != null) {
        member.add("family_name", m.user().familyName());
      }
      if (m.user().email() != null) {
        member.add("email", m.user().email());
      }
      members.add(member);
    }
    String body =
        Json.createObjectBuilder()
            .add("id", self)
            .add("context", Json.createObjectBuilder().add("id", context))
            .add("members", members)
            .build()
            .toString();
    Response.ResponseBuilder answer = Response.ok(body, CONTAINER);
    if (to < all.size()) {
      StringBuilder next = new StringBuilder(self).append("?page=").append(number + 1);
      next.append("&limit=").append(size);
      if (role != null && !role.isBlank()) {
        next.append("&role=").append(URLEncoder.encode(role, StandardCharsets.UTF_8));
      }
      answer.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return answer.build();
  }
}
