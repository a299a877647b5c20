package kz.kenes.analytics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kenes.analytics.application.ProgramOverviews;
import kz.kenes.analytics.application.ProgramOverviews.FieldLine;
import kz.kenes.analytics.application.ProgramOverviews.ModuleLine;
import kz.kenes.analytics.application.ProgramOverviews.Overview;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.platform.domain.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's program overview of module feedback (docs/module-feedback.md, "Program
 * overview"): per module of the university's programs, and per field of education, satisfaction and
 * its trend, where to revise first.
 */
@Path("/api/module-feedback/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
public class ProgramOverviewResource {

  @Inject Authenticator auth;
  @Inject ProgramOverviews overviews;
  @Context HttpHeaders headers;

  /** The overview; lines in the order where to revise first. */
  public record OverviewView(
      int minimumRespondents, List<ModuleLine> modules, List<FieldLine> fields) {}

  @GET
  @Operation(
      summary = "Modules and fields of education by satisfaction, where to revise first",
      description =
          "For administrators of a university (its programs) and the operator (every"
              + " university, or ?university=). Per module its latest rated version: n, mean,"
              + " level shares (0..1), and the trend against the version rated before; per field"
              + " the modules' latest rated versions pooled. Lines under the privacy minimum"
              + " show only n (withheld). Lowest mean first; withheld, then unrated last.")
  public OverviewView overview(@QueryParam("university") String university) {
    Overview overview =
        overviews.overview(auth.requireSession(headers, null), university(university));
    return new OverviewView(
        overview.minimum().respondents(), overview.modules(), overview.fields());
  }

  /** The university parameter: null when absent, else a whole number, else 400. */
  static Long university(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInput("university", "'university' must be a university id, 1 or more.");
  }
}
