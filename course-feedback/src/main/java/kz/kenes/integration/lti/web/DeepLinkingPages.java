package kz.kenes.integration.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.kenes.identity.web.Navigation;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.integration.lti.application.ActivityCatalog.Creation;
import kz.kenes.integration.lti.application.DeepLinkingService.SignedResponse;
import kz.kenes.lti.deeplinking.DeepLinkingReturn;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.StaticAssets;
import kz.kenes.platform.web.Views;

/** Renders the deep linking pages: the picker, the response that posts itself, and refusals. */
@ApplicationScoped
public class DeepLinkingPages {

  /** The value of {@code from} that brings a creation page back to the picker. */
  static final String FROM_PICKER = "deep-linking";

  private static final List<String> CONFIRMATIONS = List.of("created");

  @Inject Views views;

  /** An activity as the picker offers it; {@code key} is unique in the page, for element ids. */
  public record Option(String reference, String title, String type, boolean gradable, int key) {}

  /** A link to create an activity of a type, back to the picker afterwards. */
  public record CreateLink(String type, String href) {}

  String picker(
      PageRequest request,
      DeepLinkingReturn pending,
      List<Activity> activities,
      List<Creation> creations,
      String done,
      String error) {
    PageModel page = request.page("deeplinking.picker.title", Navigation.DEEP_LINKING, Map.of());
    List<Option> options =
        IntStream.range(0, activities.size())
            .mapToObj(
                i -> {
                  Activity a = activities.get(i);
                  return new Option(a.reference(), a.title(), a.type(), a.gradable(), i);
                })
            .toList();
    page.with("options", options)
        .with("multiple", pending.acceptMultiple())
        .with("autoCreate", pending.autoCreate())
        .with("formAction", Navigation.DEEP_LINKING)
        .with(
            "createLinks",
            creations.stream()
                .map(
                    c -> new CreateLink(c.type(), page.link(c.path(), Map.of("from", FROM_PICKER))))
                .toList())
        .with("error", error)
        .with(
            "confirmation",
            done != null && CONFIRMATIONS.contains(done) ? "deeplinking.done." + done : null);
    return views.render("deep-linking/picker", request.locale(), page.asMap());
  }

  String response(PageRequest request, SignedResponse response) {
    PageModel page =
        request
            .page("deeplinking.response.title", Navigation.DEEP_LINKING, Map.of())
            .with("returnUrl", response.returnUrl())
            .with("jwt", response.jwt())
            .with("items", response.items())
            .with("deepLinkingJsUrl", StaticAssets.shared().url("deep-linking.js"));
    return views.render("deep-linking/response", request.locale(), page.asMap());
  }

  /** A page that only says something: why the picker is refused, or that nothing is open. */
  String message(PageRequest request, String messageKey, String detail) {
    PageModel page =
        request
            .page(messageKey + ".title", Navigation.LANDING, Map.of())
            .with("messageKey", messageKey)
            .with("detail", detail);
    page.with("homeLink", page.link(Navigation.LANDING, Map.of()));
    return views.render("deep-linking/message", request.locale(), page.asMap());
  }
}
