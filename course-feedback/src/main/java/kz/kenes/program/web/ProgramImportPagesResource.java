package kz.kenes.program.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.platform.web.HtmlPages;
import kz.kenes.program.application.ProgramDocument;
import kz.kenes.program.application.ProgramTransfer;
import kz.kenes.program.web.ProgramPages.ImportRefusal;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's page to import a program document ({@code kenes-program/1}, the format of the
 * export): pasted into a textarea or uploaded as a file (multipart; the file wins when both are
 * given). The document is checked whole before anything is stored; a refused one comes back with
 * the text kept and the reason (a 400 names the field, e.g. {@code modules[2].credits}). A program
 * code the university already has is a 409 unless "replace" is ticked.
 */
@Path(ProgramPagesResource.PATH + "/import")
@Produces(MediaType.TEXT_HTML)
public class ProgramImportPagesResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject PageSessions pages;
  @Inject ProgramTransfer transfer;
  @Inject ProgramPages render;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response form(@BeanParam PageParams params) {
    PageRequest request = pages.open(params).requireAdmin();
    return HtmlPages.ok(render.importForm(request, "", false, null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response importTyped(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form).requireAdmin();
    return importDocument(
        request, form.getFirst("document"), "true".equals(form.getFirst("replace")));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response importUploaded(List<EntityPart> parts) throws IOException {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    String file = null;
    for (EntityPart part : parts) {
      String text = read(part);
      if ("file".equals(part.getName())) {
        file = text;
      } else {
        form.add(part.getName(), text);
      }
    }
    PageRequest request = pages.submit(headers, form).requireAdmin();
    String document = file != null && !file.isBlank() ? file : form.getFirst("document");
    return importDocument(request, document, "true".equals(form.getFirst("replace")));
  }

  private Response importDocument(PageRequest request, String text, boolean replace) {
    if (text == null || text.isBlank()) {
      return refused(
          request, text, replace, 400, new ImportRefusal("programs.import.error.empty", null));
    }
    ProgramDocument document;
    try {
      document = JSON.fromJson(text, ProgramDocument.class);
    } catch (JsonbException e) {
      return refused(
          request, text, replace, 400, new ImportRefusal("programs.import.error.json", null));
    }
    try {
      ProgramTransfer.Imported imported =
          transfer.importProgram(request.session().scope(), document, replace);
      return request.redirect(
          ProgramPagesResource.PATH + "/" + imported.program().id(), "program-imported");
    } catch (DomainException refusal) {
      String key =
          switch (Problems.status(refusal)) {
            case 400 -> "programs.import.error.invalid";
            case 409 -> "programs.import.error.duplicate";
            default -> throw refusal;
          };
      return refused(
          request,
          text,
          replace,
          Problems.status(refusal),
          new ImportRefusal(key, refusal.getMessage()));
    }
  }

  private Response refused(
      PageRequest request, String text, boolean replace, int status, ImportRefusal refusal) {
    return HtmlPages.status(status, render.importForm(request, text, replace, refusal));
  }

  private static String read(EntityPart part) throws IOException {
    try (InputStream in = part.getContent()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
