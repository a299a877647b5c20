package kz.kenes.platform.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import kz.kenes.platform.domain.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the {@link StaticAssets} at {@code /static/{name}}. The JAX-RS application is mapped at
 * {@code /}, so the servlet container's own file serving never sees these requests. A URL with the
 * current version ({@code ?v=}) is cached for a year; any other for five minutes; both answer a
 * matching {@code If-None-Match} with 304.
 */
@Path("/static/{name}")
public class StaticResource {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String SHORT = "public, max-age=300";

  @GET
  @Operation(hidden = true)
  public Response asset(
      @PathParam("name") String name,
      @QueryParam("v") String version,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    StaticAssets.Asset asset =
        StaticAssets.shared()
            .find(name)
            .orElseThrow(() -> new NotFound("There is no static file of that name."));
    String etag = "\"" + asset.version() + "\"";
    String cache = asset.version().equals(version) ? IMMUTABLE : SHORT;
    if (etag.equals(ifNoneMatch)) {
      return Response.notModified().header("ETag", etag).header("Cache-Control", cache).build();
    }
    return Response.ok(asset.content(), asset.contentType())
        .header("ETag", etag)
        .header("Cache-Control", cache)
        .build();
  }
}
