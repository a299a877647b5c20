package kz.kenes.integration.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageParams;
import kz.kenes.identity.web.PageSessions;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.ActivityCatalog;
import kz.kenes.integration.lti.application.DeepLinkingService;
import kz.kenes.integration.lti.application.DeepLinkingService.Choice;
import kz.kenes.integration.lti.application.DeepLinkingService.SignedResponse;
import kz.kenes.lti.deeplinking.DeepLinkingReturn;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityReference;
import kz.kenes.platform.web.HtmlPages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The deep linking picker ({@code /app/deep-linking}), where a deep linking launch lands: the
 * activities the instructor or administrator may place in the course, one or several as the
 * platform accepts, each gradable one with a "report participation to the gradebook" box, and links
 * to create a new activity that come back here. Posting the picker ({@code
 * id="kenes-deep-link-picker"}) answers the page whose form ({@code id="kenes-deep-link-response"})
 * posts the signed response as {@code JWT} to the platform's return URL, by itself when scripts
 * run. Learners get a 403 page; a session not opened by a deep linking request a 409 page.
 */
@Path(Navigation.DEEP_LINKING)
@Produces(MediaType.TEXT_HTML)
public class DeepLinkingPagesResource {

  @Inject PageSessions pages;
  @Inject DeepLinkingService deepLinking;
  @Inject ActivityCatalog catalog;
  @Inject DeepLinkingPages render;
  @Context HttpHeaders headers;

  @GET
  @Operation(hidden = true)
  public Response picker(@BeanParam PageParams params) {
    PageRequest request = pages.open(params);
    return refusal(request).orElseGet(() -> picker(request, params.done(), null, 200));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response place(MultivaluedMap<String, String> form) {
    PageRequest request = pages.submit(headers, form);
    Optional<Response> refused = refusal(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    DeepLinkingReturn pending = deepLinking.pending(request.session()).orElseThrow();
    ActivityCaller caller = new ActivityCaller(request.session().id());
    Set<String> graded = new LinkedHashSet<>(values(form, "grade"));
    List<Choice> choices = new ArrayList<>();
    for (String chosen : new LinkedHashSet<>(values(form, "activity"))) {
      Optional<Activity> activity =
          ActivityReference.parse(chosen).flatMap(ref -> catalog.placeable(caller, ref));
      if (activity.isEmpty()) {
        return picker(request, null, "deeplinking.error.unknown", 400);
      }
      choices.add(new Choice(activity.get(), graded.contains(chosen)));
    }
    if (choices.isEmpty()) {
      return picker(request, null, "deeplinking.error.none", 400);
    }
    if (choices.size() > 1 && !pending.acceptMultiple()) {
      return picker(request, null, "deeplinking.error.multiple", 400);
    }
    SignedResponse response = deepLinking.respond(request.session(), choices);
    return HtmlPages.ok(render.response(request, response));
  }

  /** The page shown instead of the picker to a learner or outside a deep linking launch. */
  private Optional<Response> refusal(PageRequest request) {
    if (!DeepLinkingService.places(request.session())) {
      return Optional.of(
          HtmlPages.status(403, render.message(request, "deeplinking.refused.learner", null)));
    }
    Optional<DeepLinkingReturn> pending = deepLinking.pending(request.session());
    if (pending.isEmpty()) {
      return Optional.of(
          HtmlPages.status(409, render.message(request, "deeplinking.refused.noRequest", null)));
    }
    if (!pending.get().acceptsResourceLinks()) {
      return Optional.of(
          HtmlPages.status(
              409,
              render.message(
                  request,
                  "deeplinking.refused.types",
                  String.join(", ", pending.get().acceptTypes()))));
    }
    return Optional.empty();
  }

  private Response picker(PageRequest request, String done, String error, int status) {
    DeepLinkingReturn pending = deepLinking.pending(request.session()).orElseThrow();
    List<Activity> activities = catalog.placeable(new ActivityCaller(request.session().id()));
    return HtmlPages.status(
        status, render.picker(request, pending, activities, catalog.creations(), done, error));
  }

  private static List<String> values(MultivaluedMap<String, String> form, String name) {
    List<String> values = form.get(name);
    return values == null ? List.of() : values.stream().limit(200).toList();
  }
}
