package kz.kenes.analytics.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kz.kenes.analytics.application.AnswerModerations.Change;
import kz.kenes.analytics.application.ModuleAnswerModeration;
import kz.kenes.analytics.domain.ModerationAction;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moderation of a module's open answers (docs/module-feedback.md, "Moderation"): hide with a
 * reason, show again, mark as an idea, take the mark back; and the record of who did what, when.
 * For the readers of the module's report (instructors and administrators launched from a course
 * delivering it); an answer is named by its {@code ratingId} and {@code itemId} from the report.
 */
@Path("/api/module-feedback/report/{moduleId}/answers/{ratingId}/{itemId}/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Module feedback")
public class ModuleAnswerModerationResource {

  @Inject Authenticator auth;
  @Inject ModuleAnswerModeration moderation;
  @Context HttpHeaders headers;

  /** An action recorded on an answer; {@code actor} is a staff key, never a name. */
  public record ChangeView(
      String action, String reason, String actor, Long contextRef, Instant at) {

    static ChangeView of(Change c) {
      return new ChangeView(c.action().code(), c.reason(), c.actor(), c.contextRef(), c.at());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hide, show again, or mark an open answer as an idea",
      description =
          "Body: {\"action\": \"hide\", \"reason\": \"…\"}; action one of hide (reason required,"
              + " at most 500 characters), unhide, mark-idea, unmark-idea. Nothing is deleted; a"
              + " hidden answer is left out of the report's list and counted as hidden. 404"
              + " module-answer-not-found when the module has no such open answer.")
  public ChangeView moderate(
      @PathParam("moduleId") long moduleId,
      @PathParam("ratingId") long ratingId,
      @PathParam("itemId") long itemId,
      JsonObject body) {
    KenesSession session = auth.requireSession(headers, null);
    if (body == null) {
      throw new InvalidInput("action", "The body is a JSON object with 'action'.");
    }
    ModerationAction action = ModerationAction.require(text(body, "action"));
    return ChangeView.of(
        moderation.moderate(session, moduleId, ratingId, itemId, action, text(body, "reason")));
  }

  @GET
  @Operation(summary = "Who hid, showed or marked an open answer, and when, oldest first")
  public List<ChangeView> history(
      @PathParam("moduleId") long moduleId,
      @PathParam("ratingId") long ratingId,
      @PathParam("itemId") long itemId) {
    KenesSession session = auth.requireSession(headers, null);
    return moderation.history(session, moduleId, ratingId, itemId).stream()
        .map(ChangeView::of)
        .toList();
  }

  private static String text(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidInput(field, "'" + field + "' is a text.");
  }
}
