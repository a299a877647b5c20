package kz.kenes.devplatform.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.application.DevGradebook;
import kz.kenes.devplatform.application.DevGradebook.LineItem;
import kz.kenes.devplatform.application.DevPlatform;
import kz.kenes.devplatform.application.DevPlatformRegistrar;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The development platform's Assignment and Grade Services: a course's line items (GET with paging
 * by {@code Link: rel="next"}, POST to add one), a line item, its scores (POST, Moodle's 409 for a
 * timestamp not later than the stored one) and results. Every call needs a token of {@link
 * DevPlatformTokenResource}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">AGS 2.0</a>
 */
@Path("/dev/platform/ags/lineitems")
public class DevPlatformAgsResource {

  static final String LINEITEM = "application/vnd.ims.lis.v2.lineitem+json";
  static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String SCORE = "application/vnd.ims.lis.v1.score+json";
  static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";

  /** Line items per page: small, so that paging is exercised. */
  static final int PAGE_SIZE = 5;

  @Inject DevModeGate gate;
  @Inject DevGradebook gradebook;
  @Inject DevPlatformRegistrar registrar;

  @GET
  @Operation(hidden = true)
  public Response lineItems(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("context") String context,
      @QueryParam("page") Integer page,
      @QueryParam("resource_id") String resourceId,
      @QueryParam("resource_link_id") String resourceLinkId) {
    open(authorization);
    List<LineItem> all =
        gradebook.lineItems(required(context)).stream()
            .filter(l -> resourceId == null || resourceId.equals(l.resourceId()))
            .filter(l -> resourceLinkId == null || resourceLinkId.equals(l.resourceLinkId()))
            .toList();
    int number = page == null || page < 1 ? 1 : page;
    int from = Math.min(all.size(), (number - 1) * PAGE_SIZE);
    int to = Math.min(all.size(), from + PAGE_SIZE);
    JsonArrayBuilder items = Json.createArrayBuilder();
    all.subList(from, to).forEach(l -> items.add(json(l)));
    Response.ResponseBuilder answer = Response.ok(items.build().toString(), CONTAINER);
    if (to < all.size()) {
      StringBuilder next = new StringBuilder(platform().lineItemsUrl(context));
      next.append("&page=").append(number + 1);
      if (resourceId != null) {
        next.append("&resource_id=").append(encode(resourceId));
      }
      if (resourceLinkId != null) {
        next.append("&resource_link_id=").append(encode(resourceLinkId));
      }
      answer.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return answer.build();
  }

  @POST
  @Consumes({LINEITEM, "application/json"})
  @Operation(hidden = true)
  public Response addLineItem(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("context") String context,
      String body) {
    open(authorization);
    JsonObject json = parse(body);
    LineItem item =
        gradebook.addLineItem(
            required(context),
            json.getString("label", null),
            json.containsKey("scoreMaximum") ? json.getJsonNumber("scoreMaximum").doubleValue() : 0,
            json.getString("resourceId", null),
            json.getString("tag", null),
            json.getString("resourceLinkId", null));
    return Response.status(201).type(LINEITEM).entity(json(item).toString()).build();
  }

  @GET
  @Path("{id}/lineitem")
  @Operation(hidden = true)
  public Response lineItem(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") int id) {
    open(authorization);
    return Response.ok(json(find(id)).toString(), LINEITEM).build();
  }

  @POST
  @Path("{id}/lineitem/scores")
  @Consumes({SCORE, "application/json"})
  @Operation(hidden = true)
  public Response score(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("id") int id,
      String body) {
    open(authorization);
    find(id);
    Map<String, Object> score = new LinkedHashMap<>();
    parse(body).forEach((k, v) -> score.put(k, value(v)));
    if (gradebook.score(id, score) == DevGradebook.Outcome.NOT_LATER) {
      return Response.status(409)
          .type("text/plain")
          .entity("Refusing score with an earlier timestamp for item " + id)
          .build();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/lineitem/results")
  @Operation(hidden = true)
  public Response results(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") int id) {
    open(authorization);
    find(id);
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (DevGradebook.Score s : gradebook.scores(id)) {
      results.add(
          Json.createObjectBuilder()
              .add("userId", s.userId())
              .add("resultScore", s.scoreGiven())
              .add("resultMaximum", s.scoreMaximum())
              .add("scoreOf", platform().lineItemUrl(id)));
    }
    return Response.ok(results.build().toString(), RESULTS).build();
  }

  private void open(String authorization) {
    gate.requireOpen();
    gradebook.requireToken(authorization);
  }

  private DevPlatform platform() {
    return registrar.platform();
  }

  private LineItem find(int id) {
    return gradebook
        .lineItem(id)
        .orElseThrow(() -> new NotFound("The development platform has no line item " + id + "."));
  }

  private JsonObject json(LineItem item) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", platform().lineItemUrl(item.id()))
            .add("label", item.label())
            .add("scoreMaximum", item.scoreMaximum());
    if (item.resourceId() != null) {
      json.add("resourceId", item.resourceId());
    }
    if (item.tag() != null) {
      json.add("tag", item.tag());
    }
    if (item.resourceLinkId() != null) {
      json.add("resourceLinkId", item.resourceLinkId());
    }
    return json.build();
  }

  private static String required(String context) {
    if (context == null || context.isBlank()) {
      throw new InvalidInput("context", "Name the course: ?context=<context id>.");
    }
    return context;
  }

  private static JsonObject parse(String body) {
    try {
      return Json.createReader(new StringReader(body == null ? "" : body)).readObject();
    } catch (RuntimeException e) {
      throw new InvalidInput("body", "The body is not a JSON object.");
    }
  }

  private static Object value(JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER -> ((jakarta.json.JsonNumber) value).doubleValue();
      case STRING -> ((jakarta.json.JsonString) value).getString();
      case TRUE -> true;
      case FALSE -> false;
      default -> null;
    };
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
