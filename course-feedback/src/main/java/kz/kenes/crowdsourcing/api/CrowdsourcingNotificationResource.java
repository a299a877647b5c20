package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Notifications;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.identity.api.Authenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hiding a comment, and an author's notifications about their proposals. */
@Path("/api/crowdsourcing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CrowdsourcingNotificationResource {

  @Inject Authenticator auth;
  @Inject Proposals proposals;
  @Inject Notifications notifications;
  @Context HttpHeaders headers;

  /** A notification. */
  public record NotificationView(
      long proposalId, long campaignId, String kind, String reason, Instant at) {}

  private CampaignCaller caller() {
    return new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
  }

  @POST
  @Path("comments/{id}/hide")
  @Operation(summary = "Hide a comment with a reason (facilitators, organisers); never deleted")
  public Response hideComment(@PathParam("id") long id, ProposalResource.ReasonCommand command) {
    proposals.hideComment(caller(), id, command == null ? null : command.reason());
    return Response.noContent().build();
  }

  @GET
  @Path("notifications")
  @Operation(summary = "What happened to the caller's proposals, newest first")
  public List<NotificationView> notifications() {
    return notifications.of(caller()).stream()
        .map(
            n ->
                new NotificationView(
                    n.proposalId(), n.campaignId(), n.kind().code(), n.reason(), n.createdAt()))
        .toList();
  }
}
