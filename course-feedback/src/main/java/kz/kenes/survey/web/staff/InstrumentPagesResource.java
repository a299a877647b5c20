package kz.kenes.survey.web.staff;

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
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.survey.application.InstrumentLibrary;
import kz.kenes.survey.application.InstrumentService;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentCodeTaken;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.InvalidSurveyInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's instrument pages ({@code /app/admin/instruments}): the list, installing a
 * starter instrument from the library, one version's items, and editing an instrument by pasting
 * its JSON definition. An edit makes a new version once a round holds responses on the current one.
 * Administrators only (403 for anyone else).
 */
@Path(InstrumentPagesResource.PATH)
@Produces(MediaType.TEXT_HTML)
public class InstrumentPagesResource {

  public static final String PATH = "/app/admin/instruments";

  @Inject PageSessions pages;
  @Inject InstrumentService instruments;
  @Inject InstrumentPages render;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response list(@BeanParam PageParams params, @QueryParam("offset") String offset) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(
        render.list(request, (int) StaffForms.wholeNumber(offset).orElse(0), params.done(), null));
  }

  @POST
  @Path("library")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response install(MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    String code = form.getFirst("code");
    if (code == null || !InstrumentLibrary.CODES.contains(code)) {
      return HtmlPages.status(400, render.list(request, null, "instrument.admin.error.choose"));
    }
    try {
      Instrument installed = instruments.install(code);
      return request.redirect(PATH + "/" + installed.id(), "installed");
    } catch (InstrumentCodeTaken refusal) {
      return HtmlPages.status(409, render.list(request, null, "instrument.admin.error.installed"));
    }
  }

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public Response instrument(
      @PathParam("id") long id,
      @BeanParam PageParams params,
      @QueryParam("version") String version) {
    PageRequest request = pages.open(params).requireAdmin();
    Instrument instrument = instruments.find(id);
    int number = (int) StaffForms.wholeNumber(version).orElse(instrument.currentVersionNumber());
    return HtmlPages.ok(
        render.instrument(request, instrument, instruments.version(id, number), params.done()));
  }

  @GET
  @Path("new")
  @Operation(hidden = true)
  public Response newForm(@BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.create(request, null));
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create(MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    String text = form.getFirst("definition");
    Optional<InstrumentDefinition> definition = InstrumentJson.read(text);
    if (definition.isEmpty()) {
      return HtmlPages.status(
          400,
          render.create(
              request, new InstrumentPages.Edit(text, "instrument.admin.error.json", Map.of())));
    }
    try {
      Instrument created = instruments.create(definition.get());
      return request.redirect(PATH + "/" + created.id(), "created");
    } catch (InvalidSurveyInput refusal) {
      return HtmlPages.status(
          400,
          render.create(
              request,
              new InstrumentPages.Edit(
                  text, "instrument.admin.error.rules", refusal.fieldErrors())));
    } catch (InstrumentCodeTaken refusal) {
      return HtmlPages.status(
          409,
          render.create(
              request, new InstrumentPages.Edit(text, "instrument.admin.error.code", Map.of())));
    }
  }

  @GET
  @Path("{id}/edit")
  @Operation(hidden = true)
  public Response editForm(@PathParam("id") long id, @BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.edit(request, instruments.find(id), null));
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response edit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    PageRequest request = submitted(form);
    Instrument instrument = instruments.find(id);
    String text = form.getFirst("definition");
    Optional<InstrumentDefinition> definition = InstrumentJson.read(text);
    if (definition.isEmpty()) {
      InstrumentPages.Edit refused =
          new InstrumentPages.Edit(text, "instrument.admin.error.json", Map.of());
      return HtmlPages.status(400, render.edit(request, instrument, refused));
    }
    int before = instrument.currentVersionNumber();
    try {
      Instrument edited = instruments.edit(id, definition.get());
      String done = edited.currentVersionNumber() > before ? "new-version" : "saved";
      return request.redirect(PATH + "/" + id, done);
    } catch (InvalidSurveyInput refusal) {
      InstrumentPages.Edit refused =
          new InstrumentPages.Edit(text, "instrument.admin.error.rules", refusal.fieldErrors());
      return HtmlPages.status(400, render.edit(request, instrument, refused));
    }
  }

  private PageRequest submitted(MultivaluedMap<String, String> form) {
    return pages.submit(headers, form).requireAdmin();
  }
}
