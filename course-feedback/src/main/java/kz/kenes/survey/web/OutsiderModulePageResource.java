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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.survey.application.ModuleFeedback;
import kz.kenes.survey.application.ModuleFeedbackLinks;
import kz.kenes.survey.application.OutsiderModuleFeedback;
import kz.kenes.survey.domain.InvalidSurveyInput;
import kz.kenes.survey.domain.InvitationUnavailable;
import kz.kenes.survey.domain.ModuleFeedbackLink;
import kz.kenes.survey.domain.ModuleVersionChanged;
import kz.kenes.survey.domain.UnknownInvitation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages of a module feedback link ({@code /module-feedback/i/{token}}), for employers,
 * graduates and others without an LMS account: no session, the language by {@code ?lang=}. The
 * link's page lists the modules it asks about; each module has a plain form (no JavaScript needed)
 * showing what the module forms. As on a survey invitation page, the respondent is a submission id
 * made when the first form is rendered, kept after the first rating in an {@code HttpOnly} session
 * cookie of this link, never in a URL; a post whose {@code Origin} or {@code Referer} names another
 * site is refused (there is no session, so no CSRF token: the link token and the submission id are
 * the unguessable values). A saved rating redirects to the link's page with a confirmation; a
 * refused one comes back as 400 with the answers kept and the items at fault marked; an unknown
 * link answers a 404 page, a used-up, expired or withdrawn one a 410 page saying which.
 */
@Path(ModuleFeedbackLinks.PAGE_PATH + "{token}")
@Produces(MediaType.TEXT_HTML)
public class OutsiderModulePageResource {

  /** Path of the thank-you page, under the link's page. */
  static final String THANKS = "/thanks";

  @Inject PageSessions pages;
  @Inject OutsiderModuleFeedback feedback;
  @Inject OutsiderModulePages render;
  @Inject KenesConfig config;
  @Context HttpHeaders headers;
  @Context HttpServletRequest http;

  /** The page of the link with this token. */
  static String path(String token) {
    return ModuleFeedbackLinks.PAGE_PATH + token;
  }

  /** The page of one module of the link. */
  static String path(String token, long moduleId) {
    return path(token) + "/modules/" + moduleId;
  }

  @GET
  @Operation(hidden = true)
  public Response modules(
      @PathParam("token") String token,
      @QueryParam("lang") String lang,
      @QueryParam("saved") String saved) {
    Locale locale = pages.anonymousLocale(headers, lang);
    try {
      ModuleFeedbackLink link = feedback.open(token);
      OutsiderModuleFeedback.Modules found = feedback.modules(link, kept(link));
      String savedTitle =
          found.modules().stream()
              .filter(m -> String.valueOf(m.module().id()).equals(saved))
              .map(m -> m.module().title())
              .findFirst()
              .orElse(null);
      return HtmlPages.ok(render.modules(locale, token, found, savedTitle));
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
  }

  @GET
  @Path("modules/{moduleId}")
  @Operation(hidden = true)
  public Response form(
      @PathParam("token") String token,
      @PathParam("moduleId") long moduleId,
      @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    try {
      ModuleFeedbackLink link = feedback.open(token);
      String submissionId = kept(link);
      ModuleFeedback.Form form = feedback.form(link, submissionId, moduleId);
      String id = submissionId == null ? UUID.randomUUID().toString() : submissionId;
      return HtmlPages.ok(
          render.form(locale, token, form, id, link.anonymous(), null, Map.of(), null));
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
  }

  @POST
  @Path("modules/{moduleId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response rate(
      @PathParam("token") String token,
      @PathParam("moduleId") long moduleId,
      MultivaluedMap<String, String> posted) {
    requireSameOrigin();
    Locale locale = pages.anonymousLocale(headers, posted.getFirst("lang"));
    String submissionId = posted.getFirst("submissionId");
    ModuleFeedbackLink link;
    ModuleFeedback.Form form;
    try {
      link = feedback.open(token);
      form = feedback.form(link, submissionId, moduleId);
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
    Map<String, Object> answers =
        AnswerFields.read(posted, ModuleFeedbackPages.kinds(form.version()));
    String pairCode = link.anonymous() ? null : posted.getFirst("pairCode");
    String id =
        OutsiderModuleFeedback.isSubmissionId(submissionId)
            ? submissionId.toLowerCase(Locale.ROOT)
            : UUID.randomUUID().toString();
    try {
      feedback.rate(
          link, submissionId, moduleId, version(posted), pairCode, answers, http.getRemoteAddr());
    } catch (InvalidSurveyInput refused) {
      Map<String, String> errors = new LinkedHashMap<>(refused.fieldErrors());
      String html =
          render.form(locale, token, form, id, link.anonymous(), answers, errors, pairCode);
      return HtmlPages.status(400, html);
    } catch (ModuleVersionChanged revised) {
      ModuleFeedback.Form now = feedback.form(link, submissionId, moduleId);
      String html = render.form(locale, token, now, id, link.anonymous(), null, Map.of(), pairCode);
      return HtmlPages.status(409, html);
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
    String target =
        PageModel.href(
            null,
            path(token),
            Map.of("lang", locale.getLanguage(), "saved", String.valueOf(moduleId)));
    return Response.fromResponse(HtmlPages.seeOther(target))
        .header("Set-Cookie", keep(link, id))
        .build();
  }

  @GET
  @Path("thanks")
  @Operation(hidden = true)
  public Response thanks(@PathParam("token") String token, @QueryParam("lang") String lang) {
    Locale locale = pages.anonymousLocale(headers, lang);
    try {
      ModuleFeedbackLink link = feedback.open(token);
      OutsiderModuleFeedback.Modules found = feedback.modules(link, kept(link));
      if (!found.respondent()) {
        return HtmlPages.seeOther(
            PageModel.href(null, path(token), Map.of("lang", locale.getLanguage())));
      }
      return HtmlPages.ok(render.thanks(locale, token, found));
    } catch (DomainException refused) {
      return unavailable(refused, locale);
    }
  }

  /** The name of the cookie that keeps the respondent's submission id of one link. */
  static String cookieName(ModuleFeedbackLink link) {
    return "__Host-kenes_m" + link.id();
  }

  /** The submission id this browser rated with through the link, or null. */
  private String kept(ModuleFeedbackLink link) {
    Cookie kept = headers.getCookies().get(cookieName(link));
    return kept != null && OutsiderModuleFeedback.isSubmissionId(kept.getValue())
        ? kept.getValue().toLowerCase(Locale.ROOT)
        : null;
  }

  /**
   * The Set-Cookie header value that keeps the submission id for the link: a session cookie (gone
   * when the browser closes), {@code Lax}: the link is opened from mail and chat, not framed.
   */
  private static String keep(ModuleFeedbackLink link, String submissionId) {
    return cookieName(link) + "=" + submissionId + "; Path=/; HttpOnly; Secure; SameSite=Lax";
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

  private static Integer version(MultivaluedMap<String, String> posted) {
    String value = posted.getFirst(ModuleFeedbackPageResource.VERSION_FIELD);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidSurveyInput.of(
          ModuleFeedbackPageResource.VERSION_FIELD, "The module version must be a whole number.");
    }
  }

  /** The 404 page of an unknown link or module, the 410 page of one that takes no more answers. */
  private Response unavailable(DomainException refused, Locale locale) {
    if (refused instanceof UnknownInvitation || refused instanceof NotFound) {
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
}
