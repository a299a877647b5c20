package kz.kenes.survey.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.application.InvitationResponses;
import kz.kenes.survey.application.InvitationService;
import kz.kenes.survey.application.ResponseForm;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.InvitationUnavailable;
import kz.kenes.survey.domain.RoundClosed;
import kz.kenes.survey.domain.UnknownInvitation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page of an invitation link ({@code /survey/i/{token}}), for respondents without an LMS
 * account: no session, the language by {@code ?lang=}. The page carries a submission id made here
 * when it is first rendered, so a double click or a retried post finds the response it made instead
 * of making a second (the service is idempotent by submission id). The submission id is the
 * respondent's secret and never appears in a URL: after a submission the browser keeps it in a
 * cookie of this link ({@link #cookieName}, {@code HttpOnly}, gone when the browser closes), which
 * is how the thank-you page and a later visit of the link in the same browser find the answers to
 * change. With no session there is no CSRF token: the link token and the submission id are the
 * unguessable values, and a post whose {@code Origin} or {@code Referer} names another site is
 * refused. The stakeholder group is the link's, never a form field. An unknown link answers a 404
 * page, a used-up, expired or withdrawn one a 410 page saying which; answers can be changed while
 * the link is used up, not once it is withdrawn or expired.
 */
@Path(InvitationService.PAGE_PATH + "{token}")
@Produces(MediaType.TEXT_HTML)
public class InvitationPageResource {

  /** Path of the thank-you page, under the link's page. */
  static final String THANKS = "/thanks";

  private static final Pattern SUBMISSION_ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject PageSessions pages;
  @Inject InvitationResponses responses;
  @Inject SurveyPages render;
  @Inject KenesConfig config;
  @Context HttpHeaders headers;
  @Context HttpServletRequest http;

  /** The page of the link with this token. */
  static String path(String token) {
    return InvitationService.PAGE_PATH + token;
  }

  @GET
  @Operation(hidden = true)
  public Response page(@PathParam("token") String token, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    ResponseForm form;
    String submissionId;
    try {
      Invitation invitation = responses.open(token);
      submissionId = keptSubmission(invitation);
      form = responses.form(invitation, submissionId);
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
    boolean changing = form.submitted();
    String id = changing ? submissionId.toLowerCase(Locale.ROOT) : newSubmissionId();
    return HtmlPages.ok(render.invitation(locale, token, form, id, changing, null, Map.of(), null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response submit(@PathParam("token") String token, MultivaluedMap<String, String> posted) {
    requireSameOrigin();
    Locale locale = pages.anonymousLocale(headers, posted.getFirst("lang"));
    String submissionId = posted.getFirst("submissionId");
    Invitation invitation;
    ResponseForm form;
    try {
      invitation = responses.open(token);
      form = responses.form(invitation, submissionId);
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
    Map<String, Object> answers = AnswerFields.read(posted, SurveyPages.kinds(form));
    String pairCode = form.anonymous() ? null : posted.getFirst(SurveyForm.PAIR_CODE);
    try {
      responses.submit(invitation, submissionId, pairCode, answers, http.getRemoteAddr());
    } catch (InvalidSurveyInput refused) {
      String id = isSubmissionId(submissionId) ? submissionId : newSubmissionId();
      String html =
          render.invitation(
              locale, token, form, id, form.submitted(), answers, refused.fieldErrors(), pairCode);
      return HtmlPages.status(400, html);
    } catch (RoundClosed refused) {
      ResponseForm now = responses.form(invitation, submissionId);
      String html =
          render.invitation(
              locale, token, now, submissionId, now.submitted(), null, Map.of(), null);
      return HtmlPages.status(409, html);
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
    String target =
        PageModel.href(null, path(token) + THANKS, Map.of("lang", locale.getLanguage()));
    return Response.fromResponse(HtmlPages.seeOther(target))
        .header("Set-Cookie", keepSubmission(invitation, submissionId.toLowerCase(Locale.ROOT)))
        .build();
  }

  @GET
  @Path("thanks")
  @Operation(hidden = true)
  public Response thanks(@PathParam("token") String token, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    ResponseForm form;
    String submissionId;
    try {
      Invitation invitation = responses.open(token);
      submissionId = keptSubmission(invitation);
      form = responses.form(invitation, submissionId);
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
    if (!form.submitted()) {
      String page = PageModel.href(null, path(token), Map.of("lang", locale.getLanguage()));
      return HtmlPages.seeOther(page);
    }
    return HtmlPages.ok(render.thanks(locale, token, form));
  }

  /** The name of the cookie that keeps the submission id of one link in the browser. */
  static String cookieName(Invitation invitation) {
    return "__Host-kenes_r" + invitation.id();
  }

  /** The submission id this browser made through the link, or null. */
  private String keptSubmission(Invitation invitation) {
    Cookie kept = headers.getCookies().get(cookieName(invitation));
    return kept != null && isSubmissionId(kept.getValue()) ? kept.getValue() : null;
  }

  /**
   * The Set-Cookie header value that keeps a submission id for the link: a session cookie (gone
   * when the browser closes, so the next person at a shared computer does not see these answers),
   * {@code Lax}: the link is opened from mail and chat, not framed.
   */
  private static String keepSubmission(Invitation invitation, String submissionId) {
    return cookieName(invitation) + "=" + submissionId + "; Path=/; HttpOnly; Secure; SameSite=Lax";
  }

  private void requireSameOrigin() {
    if (!SameOrigin.allows(
        config.publicUrl(),
        headers.getHeaderString("Origin"),
        headers.getHeaderString("Referer"))) {
      throw new NotAllowed(
          "This form was sent from another site: open the invitation link itself and answer"
              + " there.");
    }
  }

  /** The 404 page of an unknown link, the 410 page of one that takes no more answers. */
  private Response unavailable(DomainException refused, Locale locale) {
    if (refused instanceof UnknownInvitation) {
      return HtmlPages.status(
          404, render.unavailable(locale, 404, "survey.invite.unavailable.unknown"));
    }
    if (!(refused instanceof InvitationUnavailable gone)) {
      throw refused;
    }
    String reason =
        switch (gone.state()) {
          case "expired", "revoked" -> gone.state();
          default -> "used-up";
        };
    return HtmlPages.status(
        410, render.unavailable(locale, 410, "survey.invite.unavailable." + reason));
  }

  private static boolean isSubmissionId(String value) {
    return value != null && SUBMISSION_ID.matcher(value).matches();
  }

  private static String newSubmissionId() {
    return UUID.randomUUID().toString();
  }
}
