package kz.kenes.platform.activity;

import java.util.List;
import java.util.Optional;

/**
 * One kind of Kenes activity, as the deep linking picker and the launch of a placed link see it. A
 * context implements it as a CDI bean for each kind it owns; the LTI adapter finds every provider
 * through CDI, so a new kind appears in the picker without a change to the picker. Each method
 * applies the context's own access rules to the caller and raises {@code platform.domain}
 * exceptions ({@code NotAllowed}, {@code NotFound}) like any application service.
 */
public interface ActivityProvider {

  /** The type code of the activities, e.g. {@code survey}; see {@link Activity#TYPE}. */
  String type();

  /**
   * The activities the caller (an instructor or administrator) may place in the course of their
   * session, newest first.
   */
  List<Activity> placeable(ActivityCaller caller);

  /**
   * The Kenes page that opens activity {@code id} for the caller's role: for staff the activity's
   * own page, for a learner the page where they take part. Empty when the activity exists but has
   * nothing open for the caller now (a survey with no open round).
   *
   * @throws kz.kenes.platform.domain.NotFound when there is no such activity
   * @throws kz.kenes.platform.domain.NotAllowed when the caller may not open it
   */
  Optional<String> landing(ActivityCaller caller, String id);

  /**
   * The page where staff create an activity of this type, for the picker's "create" link; empty
   * when activities of this type are not created on a page. The page sends the creator back to the
   * picker when it is opened with {@code from=deep-linking}.
   */
  Optional<String> creationPath();
}
