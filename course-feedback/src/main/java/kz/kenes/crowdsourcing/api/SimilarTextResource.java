package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.application.SimilarProposals;
import kz.kenes.crowdsourcing.domain.SimilarMatch;
import kz.kenes.crowdsourcing.domain.SimilarScopeAccess;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Similar proposals" while a participant types: the entries of a scope (a campaign's proposals,
 * {@code campaign:<id>}) most similar to a text, with their similarity (docs/similar-proposals.md).
 * Writing entries is for the part that owns them (the campaign's proposals) and, over HTTP, for the
 * installation's operator.
 */
@Path("/api/similar-texts/{scope}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Similar proposals")
public class SimilarTextResource {

  @Inject Authenticator auth;
  @Inject SimilarProposals similar;
  @Inject SimilarScopeAccess access;
  @Context HttpHeaders headers;

  /** An entry as the operator writes it. */
  public record EntryBody(String title, String body, String lang) {}

  /** The suggestions: the threshold applied and the matches, best first. */
  public record Suggestions(String scope, double threshold, List<SimilarMatch> items) {}

  @GET
  @Operation(summary = "The scope's entries most similar to q, best first, with their scores")
  public Suggestions suggest(
      @PathParam("scope") String scope,
      @QueryParam("q") String q,
      @QueryParam("k") @DefaultValue("5") String kParam,
      @QueryParam("threshold") String thresholdParam,
      @QueryParam("exclude") String excludeParam) {
    Optional<KenesSession> caller = auth.requireAdminTokenOrSession(headers, null);
    access.requireReader(caller, scope);
    int k = QueryInts.parse("k", kParam, 1, SimilarProposals.MAX_K);
    Double threshold = decimal("threshold", thresholdParam);
    Long exclude =
        excludeParam == null || excludeParam.isBlank()
            ? null
            : (long) QueryInts.parse("exclude", excludeParam, 0, Integer.MAX_VALUE);
    List<SimilarMatch> items = similar.suggest(scope, q, k, threshold, exclude);
    return new Suggestions(
        scope, threshold == null ? SimilarProposals.THRESHOLD : threshold, items);
  }

  @PUT
  @Path("entries/{entryId}")
  @Operation(summary = "Write an entry of the scope (the installation's operator)")
  public Response put(
      @PathParam("scope") String scope, @PathParam("entryId") long entryId, EntryBody body) {
    auth.requireAdmin(headers, null).scope().requireOperator("Similar-text entries");
    EntryBody given = body == null ? new EntryBody(null, null, null) : body;
    similar.put(new SimilarText(scope, entryId, given.title(), given.body(), given.lang()));
    return Response.noContent().build();
  }

  @DELETE
  @Path("entries/{entryId}")
  @Operation(summary = "Remove an entry of the scope (the installation's operator)")
  public Response remove(@PathParam("scope") String scope, @PathParam("entryId") long entryId) {
    auth.requireAdmin(headers, null).scope().requireOperator("Similar-text entries");
    if (!similar.remove(scope, entryId)) {
      throw new NotFound("Scope " + scope + " has no entry " + entryId + ".");
    }
    return Response.noContent().build();
  }

  private static Double decimal(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "'" + field + "' is a number between 0 and 1.");
    }
  }
}
