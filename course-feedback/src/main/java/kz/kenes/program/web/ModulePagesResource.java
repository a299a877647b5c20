package kz.kenes.program.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.program.application.ModuleCatalog;
import kz.kenes.program.domain.ProgramModule;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's pages for the modules of a program: add one, edit one (a change saves a new
 * version; the page lists the versions) and read any older version. Administrators only; forms post
 * the session and CSRF tokens, refused forms come back with the input kept and the fields marked.
 */
@Path(ProgramPagesResource.PATH + "/{id}/modules")
@Produces(MediaType.TEXT_HTML)
public class ModulePagesResource {

  @Inject PageSessions pages;
  @Inject ModuleCatalog modules;
  @Inject ModulePages render;
  @Context HttpHeaders headers;

  @GET
  @Path("new")
  @Operation(hidden = true)
  public Response addForm(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.add(request, id, ModuleForm.empty(), FormErrors.none()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response add(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    ModuleForm input = ModuleForm.from(form);
    try {
      ProgramModule module = modules.add(request.session().scope(), id, input.toCommand());
      return request.redirect(ModulePages.modulePath(id, module.code()), "module-added");
    } catch (DomainException refusal) {
      FormErrors errors = ModuleForm.ERRORS.of(refusal);
      return HtmlPages.status(Problems.status(refusal), render.add(request, id, input, errors));
    }
  }

  @GET
  @Path("{code}")
  @Operation(hidden = true)
  public Response edit(
      @PathParam("id") long id, @PathParam("code") String code, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.edit(request, id, code, params.done(), null, FormErrors.none()));
  }

  @POST
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response revise(
      @PathParam("id") long id,
      @PathParam("code") String code,
      MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    ModuleForm input = ModuleForm.from(form);
    try {
      modules.revise(request.session().scope(), id, code, input.toCommand());
      return request.redirect(ModulePages.modulePath(id, code), "module-updated");
    } catch (DomainException refusal) {
      FormErrors errors = ModuleForm.EDIT_ERRORS.of(refusal);
      return HtmlPages.status(
          Problems.status(refusal), render.edit(request, id, code, null, input, errors));
    }
  }

  @GET
  @Path("{code}/versions/{n}")
  @Operation(hidden = true)
  public Response version(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("n") int number,
      @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.version(request, id, code, number));
  }

  private PageRequest submitted(MultivaluedMap<String, String> form) {
    return pages.submit(headers, form).requireAdmin();
  }
}
