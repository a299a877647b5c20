package kz.kenes.survey.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.kenes.survey.application.InvitationResponses;
import kz.kenes.survey.application.Receipt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answering through an invitation link, without an account: the link's token is the credential.
 * Submissions are idempotent by {@code submissionId} (a UUID the page generates once): a retry
 * answers 200 with the same response and does not use the link again.
 */
@Path("/api/invitations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Answering surveys")
public class InvitationResource {

  /** The header that names the respondent's earlier submission. */
  public static final String SUBMISSION_HEADER = "Kenes-Submission-Id";

  @Inject InvitationResponses responses;
  @Inject ScaleLabels scale;
  @Context HttpHeaders headers;
  @Context HttpServletRequest http;

  @GET
  @Operation(
      summary =
          "The round's questions; with the header Kenes-Submission-Id, that response's answers"
              + " (the submission id is the respondent's secret: never in a URL)")
  public FormView form(
      @PathParam("token") String token,
      @HeaderParam(SUBMISSION_HEADER) String submissionId,
      @QueryParam("lang") String lang) {
    String language = scale.language(lang, null, headers);
    return FormView.of(
        responses.form(responses.open(token), submissionId), language, scale.labels(language));
  }

  @POST
  @Path("responses")
  @Operation(
      summary = "Submit a response",
      description =
          "Body: {\"submissionId\": UUID, \"pairCode\": optional, \"answers\": {code: value}}."
              + " 201 the first time; 200 for the same submissionId again (the answers are"
              + " replaced while the round is open); 410 when the link is used up, expired or"
              + " withdrawn; 429 when the link has taken the most responses one client address"
              + " may give.")
  public Response submit(@PathParam("token") String token, JsonObject body) {
    Receipt receipt =
        responses.submit(
            responses.open(token),
            JsonAnswers.text(body, "submissionId"),
            JsonAnswers.text(body, "pairCode"),
            JsonAnswers.of(body),
            http.getRemoteAddr());
    return Response.status(receipt.created() ? 201 : 200)
        .entity(RespondentResource.Saved.of(receipt.response(), receipt.created()))
        .build();
  }
}
