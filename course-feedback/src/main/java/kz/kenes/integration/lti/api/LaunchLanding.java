package kz.kenes.integration.lti.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.kenes.identity.web.Navigation;
import kz.kenes.integration.lti.application.DeepLinkingService;
import kz.kenes.integration.lti.application.LaunchService.Launched;
import kz.kenes.platform.activity.ActivityReference;

/**
 * Where a launch lands: a deep linking request on the picker (its request kept for the session
 * first), a resource link whose custom parameter {@code kenes_activity} names an activity on that
 * activity ({@code /app/activities/<type>/<id>}, which sends each role to its page), any other
 * launch on the landing page of its role. A malformed {@code kenes_activity} is ignored.
 */
@ApplicationScoped
public class LaunchLanding {

  @Inject DeepLinkingService deepLinking;

  public String pathOf(Launched launched) {
    if (launched.launch().isDeepLinkingRequest()) {
      deepLinking.remember(launched.launch(), launched.opened().session());
      return Navigation.DEEP_LINKING;
    }
    return activity(launched)
        .map(a -> Navigation.ACTIVITIES + "/" + a.type() + "/" + a.id())
        .orElse(Navigation.LANDING);
  }

  static Optional<ActivityReference> activity(Launched launched) {
    return ActivityReference.parse(
        launched.launch().custom().get(DeepLinkingService.ACTIVITY_PARAMETER));
  }
}
