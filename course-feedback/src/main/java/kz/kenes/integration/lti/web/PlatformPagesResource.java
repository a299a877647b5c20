package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.DynamicRegistrationService;
import kz.kenes.integration.lti.application.DynamicRegistrationService.CreatedLink;
import kz.kenes.integration.lti.application.RegistrationService;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.QueryInts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's pages for platform registrations: the paginated list with the form to add one
 * and the tool's own URLs, and per registration the edit form and the form to add a deployment.
 * Administrators only (403 for anyone else). Every form posts the session token and its CSRF token;
 * a refused form comes back with the input kept and the fields at fault marked, a saved one
 * redirects (POST-redirect-GET) to a page that confirms it.
 */
@Path(PlatformPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class PlatformPagesResource {

  public static final String PATH = Navigation.PLATFORMS;

  @Inject PageSessions pages;
  @Inject RegistrationService registrations;
  @Inject DynamicRegistrationService dynamic;
  @Inject PlatformPages render;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response list(@BeanParam PageParams params, @QueryParam("offset") String offset) {
    PageRequest request = pages.open(params).requireOperator();
    return HtmlPages.ok(
        render.list(
            request,
            QueryInts.pageOffset(offset),
            params.done(),
            RegistrationForm.empty(),
            FormErrors.none()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response register(MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    RegistrationForm input = RegistrationForm.from(form);
    try {
      registrations.register(input.toRequest());
      return request.redirect(PATH, "created");
    } catch (DomainException refusal) {
      FormErrors errors = RegistrationForm.ERRORS.of(refusal);
      return HtmlPages.status(
          Problems.status(refusal), render.list(request, 0, null, input, errors));
    }
  }

  /**
   * Creates a one-time dynamic registration link for the chosen university and shows it on the list
   * page, once (the page is not cached; its secret is never stored in clear).
   */
  @POST
  @Path("registration-links")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response createRegistrationLink(MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    Long universityId = RegistrationForm.university(form.getFirst(RegistrationForm.UNIVERSITY));
    CreatedLink link = dynamic.createLink(universityId);
    PlatformPages.RegistrationLinkView view =
        new PlatformPages.RegistrationLinkView(link.url().toString(), link.expiresAt().toString());
    return HtmlPages.ok(
        render.list(request, 0, null, RegistrationForm.empty(), FormErrors.none(), view));
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response edit(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireOperator();
    return HtmlPages.ok(render.edit(request, id, params.done(), null, FormErrors.none()));
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    RegistrationForm input = RegistrationForm.from(form);
    try {
      registrations.update(id, input.toRequest());
      return request.redirect(PATH, "updated");
    } catch (DomainException refusal) {
      FormErrors errors = RegistrationForm.ERRORS.of(refusal);
      return HtmlPages.status(
          Problems.status(refusal), render.edit(request, id, null, input, errors));
    }
  }

  @POST
  @Path("{id}/deployments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addDeployment(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    String deploymentId = form.getFirst("deploymentId");
    try {
      registrations.addDeployment(id, deploymentId);
      return request.redirect(PATH + "/" + id, "deployment-added");
    } catch (DomainException refusal) {
      FormErrors errors = PlatformPages.DeploymentInput.ERRORS.of(refusal);
      String html = render.editWithDeployment(request, id, deploymentId, errors);
      return HtmlPages.status(Problems.status(refusal), html);
    }
  }

  private PageRequest submitted(MultivaluedMap<String, String> form) {
    return pages.submit(headers, form).requireOperator();
  }
}
