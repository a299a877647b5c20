package kz.kenes.program.web;

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
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.FormErrors;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.platform.web.QueryInts;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.application.ProgramDocument;
import kz.kenes.program.application.ProgramTransfer;
import kz.kenes.program.application.UniversityRegistry;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.web.ProgramPages.Filter;
import kz.kenes.program.web.ProgramPages.ListForms;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's pages for universities and programs: the list (filter by university and
 * field, paginated) with the forms to add a university and a program, a program's page with its
 * modules and edit form, deleting a program after a confirmation step, and the program's JSON
 * export. Administrators only (403 for anyone else). Every form posts the session token and its
 * CSRF token; a refused form comes back (400 or 409) with the input kept and the fields at fault
 * marked, a saved one redirects (POST-redirect-GET) to a page that confirms it.
 */
@Path(ProgramPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class ProgramPagesResource {

  public static final String PATH = "/app/admin/programs";

  @Inject PageSessions pages;
  @Inject UniversityRegistry universities;
  @Inject ProgramCatalog catalog;
  @Inject ProgramTransfer transfer;
  @Inject ProgramPages render;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response list(
      @BeanParam PageParams params,
      @QueryParam("university") String university,
      @QueryParam("field") String field,
      @QueryParam("offset") String offset) {
    PageRequest request = pages.open(params).requireAdmin();
    Filter filter =
        new Filter(
            ProgramForm.id(university),
            field == null || field.isBlank() ? null : field.strip(),
            QueryInts.pageOffset(offset));
    return HtmlPages.ok(render.list(request, filter, params.done(), ListForms.empty()));
  }

  @POST
  @Path("universities")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addUniversity(MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    UniversityForm input = UniversityForm.from(form);
    try {
      universities.register(request.session().scope(), input.toCommand());
      return request.redirect(PATH, "university-added");
    } catch (DomainException refusal) {
      FormErrors errors = UniversityForm.ERRORS.of(refusal);
      ListForms forms = new ListForms(input, errors, ProgramForm.empty(), FormErrors.none());
      return HtmlPages.status(
          Problems.status(refusal), render.list(request, firstPage(), null, forms));
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addProgram(MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    ProgramForm input = ProgramForm.from(form);
    try {
      EducationalProgram program = catalog.open(request.session().scope(), input.toCommand());
      return request.redirect(PATH + "/" + program.id(), "program-added");
    } catch (DomainException refusal) {
      FormErrors errors = ProgramForm.ERRORS.of(refusal);
      ListForms forms = new ListForms(UniversityForm.empty(), FormErrors.none(), input, errors);
      return HtmlPages.status(
          Problems.status(refusal), render.list(request, firstPage(), null, forms));
    }
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response program(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.program(request, id, params.done(), null, FormErrors.none()));
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response describe(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    ProgramForm input =
        ProgramForm.from(form)
            .withUniversity(catalog.find(request.session().scope(), id).university().id());
    try {
      catalog.describe(request.session().scope(), id, input.toCommand());
      return request.redirect(PATH + "/" + id, "program-updated");
    } catch (DomainException refusal) {
      FormErrors errors = ProgramForm.ERRORS.of(refusal);
      return HtmlPages.status(
          Problems.status(refusal), render.program(request, id, null, input, errors));
    }
  }

  @GET
  @Path("{id}/delete")
  @Operation(hidden = true)
  public Response confirmDelete(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.confirmDelete(request, id));
  }

  @POST
  @Path("{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response delete(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    catalog.remove(request.session().scope(), id);
    return request.redirect(PATH, "program-deleted");
  }

  @GET
  @Path("{id}/export")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Response export(@PathParam("id") long id, @QueryParam("kt") String kt) {
    PageRequest request = pages.open(headers, kt, null).requireAdmin();
    ProgramDocument document = transfer.export(request.session().scope(), id);
    String file = document.program().code().replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    return Response.ok(document, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private PageRequest submitted(MultivaluedMap<String, String> form) {
    return pages.submit(headers, form).requireAdmin();
  }

  private static Filter firstPage() {
    return new Filter(null, null, 0);
  }
}
