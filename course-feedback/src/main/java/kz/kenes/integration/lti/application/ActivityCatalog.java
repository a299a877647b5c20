package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityProvider;
import kz.kenes.platform.activity.ActivityReference;
import kz.kenes.platform.domain.NotFound;

/**
 * Every kind of Kenes activity, as the contexts publish them through {@link ActivityProvider}
 * beans: what the caller may place, and where a placed activity opens. A new kind of activity
 * appears here by adding its provider; nothing here names one.
 */
@ApplicationScoped
public class ActivityCatalog {

  @Inject Instance<ActivityProvider> providers;

  /** Every activity the caller may place, grouped by type in the providers' order. */
  public List<Activity> placeable(ActivityCaller caller) {
    return providers.stream().flatMap(p -> p.placeable(caller).stream()).toList();
  }

  /**
   * The activity the reference names, if the caller may place it: a picker's choice is checked
   * against what the caller was offered, never taken on trust.
   */
  public Optional<Activity> placeable(ActivityCaller caller, ActivityReference reference) {
    return provider(reference.type()).stream()
        .flatMap(p -> p.placeable(caller).stream())
        .filter(a -> a.id().equals(reference.id()))
        .findFirst();
  }

  /**
   * Where the activity opens for the caller; empty when nothing of it is open for them now.
   *
   * @throws NotFound for a type no provider knows, or an activity its provider does not know
   */
  public Optional<String> landing(ActivityCaller caller, ActivityReference reference) {
    return provider(reference.type())
        .orElseThrow(
            () -> new NotFound("Kenes has no activities of type '" + reference.type() + "'."))
        .landing(caller, reference.id());
  }

  /** Where staff create activities, by type: the picker's "create" links. */
  public List<Creation> creations() {
    return providers.stream()
        .flatMap(p -> p.creationPath().map(path -> new Creation(p.type(), path)).stream())
        .toList();
  }

  /** A page where activities of {@code type} are created. */
  public record Creation(String type, String path) {}

  private Optional<ActivityProvider> provider(String type) {
    return providers.stream().filter(p -> p.type().equals(type)).findFirst();
  }
}
