package kz.kenes.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the session belongs to: the identity every page and API call acts for; and the API caller's
 * sign-out, which ends the session so that its token opens nothing any more.
 */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class MeResource {

  @Inject Authenticator auth;
  @Inject CallerProfiles profiles;
  @Inject SessionStore sessions;
  @Inject SessionReferences references;
  @Context HttpHeaders headers;

  /**
   * The session's identity; ids are Kenes ids, {@code subject} is the platform's user id, {@code
   * universityId} the university the launch's platform serves (null for none) and {@code operator}
   * whether the caller is the installation's operator.
   */
  public record Me(
      String kind,
      Long userId,
      String subject,
      String displayName,
      String email,
      String role,
      List<String> ltiRoles,
      Long universityId,
      boolean operator,
      Long platformId,
      String deploymentId,
      ContextView context,
      ResourceLinkView resourceLink,
      String locale,
      String expiresAt) {}

  /** The course of the launch. */
  public record ContextView(long id, String contextId, String label, String title) {}

  /** The resource link of the launch. */
  public record ResourceLinkView(long id, String resourceLinkId, String title) {}

  @GET
  @Operation(summary = "The identity of the current session (401 without one)")
  public Me me() {
    KenesSession session = auth.requireSession(headers, null);
    CallerProfile d = profiles.of(session);
    return new Me(
        session.kind().name().toLowerCase(java.util.Locale.ROOT),
        session.userRef(),
        d.person().map(CallerProfile.Person::subject).orElse(null),
        d.person().map(CallerProfile.Person::displayName).orElse(null),
        d.person().map(CallerProfile.Person::email).orElse(null),
        session.role().code(),
        session.ltiRoles(),
        session.universityId(),
        session.operator(),
        session.registrationId(),
        session.deploymentId(),
        d.course()
            .map(c -> new ContextView(c.id(), c.contextId(), c.label(), c.title()))
            .orElse(null),
        d.placement().map(l -> new ResourceLinkView(l.id(), l.linkId(), l.title())).orElse(null),
        session.locale(),
        session.expiresAt().toString());
  }

  @DELETE
  @Path("/session")
  @Operation(summary = "Sign out: ends the current session (204; 401 without one)")
  public Response signOut() {
    KenesSession session = auth.requireSession(headers, null);
    sessions.end(session.id());
    return Response.noContent().header("Set-Cookie", references.clearCookie(session.id())).build();
  }
}
