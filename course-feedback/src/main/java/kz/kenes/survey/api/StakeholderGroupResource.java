package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.kenes.survey.application.GroupService;
import kz.kenes.survey.domain.StakeholderGroup;
import kz.kenes.survey.domain.Translations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stakeholder groups responses are broken down by: the four built in and the admins' own. */
@Path("/api/survey-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class StakeholderGroupResource {

  @Inject SurveyCallers callers;
  @Inject GroupService groups;
  @Context HttpHeaders headers;

  /** A group: its code and its name in kk, ru and en. */
  public record GroupView(String code, Translations name, boolean builtIn) {
    static GroupView of(StakeholderGroup g) {
      return new GroupView(g.code(), g.name(), g.builtIn());
    }
  }

  /** Body of a new group. */
  public record NewGroup(String code, Translations name) {}

  @GET
  @Operation(summary = "All stakeholder groups")
  public List<GroupView> list() {
    callers.requireStaff(headers, null);
    return groups.all().stream().map(GroupView::of).toList();
  }

  @POST
  @Operation(summary = "Define a stakeholder group (administrators)")
  public Response define(NewGroup group) {
    callers.requireAdmin(headers, null);
    StakeholderGroup stored =
        groups.define(group == null ? null : group.code(), group == null ? null : group.name());
    return Response.created(URI.create("/api/survey-groups")).entity(GroupView.of(stored)).build();
  }
}
