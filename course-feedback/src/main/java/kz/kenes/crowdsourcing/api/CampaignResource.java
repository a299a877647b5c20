package kz.kenes.crowdsourcing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignCommand;
import kz.kenes.crowdsourcing.application.CampaignRoles;
import kz.kenes.crowdsourcing.application.Campaigns;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.CampaignStage;
import kz.kenes.identity.api.Authenticator;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.web.Page;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Crowdsourcing campaigns: open, describe, list, move stages, give roles, read the audit. */
@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crowdsourcing")
public class CampaignResource {

  @Inject Authenticator auth;
  @Inject Campaigns campaigns;
  @Inject CampaignRoles roles;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  /** A stage move: the target stage, or none for the next one. */
  public record StageMove(String stage) {}

  /** A role given to an LTI user. */
  public record RoleGrant(Long userRef, String role, String group) {}

  /** A given role as shown. */
  public record MemberView(String memberKey, String role, String group) {
    static MemberView of(CampaignMember m) {
      return new MemberView(m.memberKey(), m.role().code(), m.groupCode());
    }
  }

  /** A person of the campaign's courses found by name, with the member key a role is given to. */
  public record CoursePersonView(long userRef, String memberKey, String name) {}

  /** An audit entry as shown. */
  public record AuditView(String actor, String action, String detail, Instant at) {
    static AuditView of(CampaignAuditEntry e) {
      return new AuditView(e.actorKey(), e.action(), e.detail(), e.createdAt());
    }
  }

  CampaignCaller caller() {
    return new CampaignCaller(auth.requireAdminTokenOrSession(headers, null));
  }

  @POST
  @Operation(summary = "Open a campaign on a program (an administrator of its university)")
  public Response open(CampaignCommand command) {
    Campaign campaign = campaigns.open(caller(), required(command));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(campaign.id())).build())
        .entity(CampaignView.of(campaign, CampaignRole.ORGANISER.code()))
        .build();
  }

  @GET
  @Operation(summary = "The campaigns of the universities the administrator reaches, newest first")
  public Page<CampaignView> list(
      @QueryParam("program") String programParam,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    CampaignCaller caller = caller();
    Long program =
        programParam == null
            ? null
            : (long) QueryInts.parse("program", programParam, 1, Integer.MAX_VALUE);
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    List<CampaignView> items =
        campaigns.list(caller, program, offset, limit).stream()
            .map(c -> CampaignView.of(c, CampaignRole.ORGANISER.code()))
            .toList();
    return new Page<>(items, campaigns.count(caller, program), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A campaign, with the caller's role and the stage open now and until when")
  public CampaignView get(@PathParam("id") long id) {
    return CampaignView.of(campaigns.view(caller(), id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Describe the campaign anew (until collection closes)")
  public CampaignView describe(@PathParam("id") long id, CampaignCommand command) {
    return CampaignView.of(
        campaigns.describe(caller(), id, required(command)), CampaignRole.ORGANISER.code());
  }

  @POST
  @Path("{id}/stage")
  @Operation(
      summary = "Move the campaign forward: to the stage named, or to the next",
      description = "Body: {\"stage\": \"collection\"} or {}. A stage move is audited.")
  public CampaignView moveStage(@PathParam("id") long id, StageMove move) {
    CampaignStage target =
        move == null || move.stage() == null ? null : CampaignStage.of(move.stage());
    return CampaignView.of(
        campaigns.moveStage(caller(), id, target), CampaignRole.ORGANISER.code());
  }

  @GET
  @Path("{id}/members")
  @Operation(summary = "The roles given in the campaign (organisers and facilitators)")
  public List<MemberView> members(@PathParam("id") long id) {
    return campaigns.members(caller(), id).stream().map(MemberView::of).toList();
  }

  @PUT
  @Path("{id}/members")
  @Operation(summary = "Give an LTI user a role and group in the campaign (organisers)")
  public MemberView giveRole(@PathParam("id") long id, RoleGrant grant) {
    if (grant == null || grant.role() == null) {
      throw new InvalidInput("role", "'role' is required.");
    }
    return MemberView.of(
        campaigns.giveRole(
            caller(), id, grant.userRef(), CampaignRole.of(grant.role()), grant.group()));
  }

  @GET
  @Path("{id}/course-people")
  @Operation(
      summary =
          "The people of the campaign's courses whose name contains 'name' (organisers): whom to"
              + " give a role before they took part")
  public Page<CoursePersonView> coursePeople(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("20") String limitParam) {
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 100);
    CampaignRoles.Found found = roles.findPeople(caller(), id, name, offset, limit);
    List<CoursePersonView> items =
        found.people().items().stream()
            .map(
                p ->
                    new CoursePersonView(p.userRef(), CampaignMember.ltiKey(p.userRef()), p.name()))
            .toList();
    return new Page<>(items, found.people().total(), offset, limit);
  }

  @GET
  @Path("{id}/audit")
  @Operation(summary = "The campaign's audit trail, newest first")
  public List<AuditView> audit(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("limit") @DefaultValue("50") String limitParam) {
    int offset = QueryInts.parse("offset", offsetParam, 0, Integer.MAX_VALUE);
    int limit = QueryInts.parse("limit", limitParam, 1, 200);
    return campaigns.audit(caller(), id, offset, limit).stream().map(AuditView::of).toList();
  }

  private static CampaignCommand required(CampaignCommand command) {
    if (command == null) {
      throw new InvalidInput("body", "Send the campaign as a JSON object.");
    }
    return command;
  }
}
