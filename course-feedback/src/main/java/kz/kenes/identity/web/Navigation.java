package kz.kenes.identity.web;

/**
 * The paths of the pages the navigation bar and the landing pages link to. They are owned here, by
 * the caller's context, so that linking a page needs no dependency on the context that serves it;
 * each serving resource uses the same constant for its {@code @Path}.
 */
public final class Navigation {

  /** The landing page of a session. */
  public static final String LANDING = "/app";

  /** Where the page header's sign-out button posts. */
  public static final String SIGN_OUT = "/app/sign-out";

  /** Platform registrations (the LTI adapter's pages). */
  public static final String PLATFORMS = "/app/admin/platforms";

  /** Universities and programs (program context). */
  public static final String PROGRAMS = "/app/admin/programs";

  /** The course page: plan, delivered modules, the link's module (program context). */
  public static final String COURSE_PLAN = "/app/course/plan";

  public static final String COURSE_GRADES = "/app/course/grades";

  /** The staff's survey pages (survey context). */
  public static final String SURVEYS = "/app/surveys";

  /** The administrator's instrument pages (survey context). */
  public static final String INSTRUMENTS = "/app/admin/instruments";

  /** The deep linking picker of a deep linking launch (the LTI adapter's pages). */
  public static final String DEEP_LINKING = "/app/deep-linking";

  /** Opens a placed activity, {@code /app/activities/{type}/{id}} (the LTI adapter's pages). */
  public static final String ACTIVITIES = "/app/activities";

  private Navigation() {}
}
