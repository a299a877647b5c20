package kz.kenes.devplatform.application;

/**
 * A course of the development platform (an LTI context) with the one place where Kenes is linked
 * into it (a resource link).
 *
 * @param contextId the {@code context.id} claim
 */
public record PlatformCourse(String contextId, String label, String title) {

  /** The context type of every course here. */
  public static final String COURSE_OFFERING =
      "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

  /** The id of the resource link that places Kenes in this course. */
  public String resourceLinkId() {
    return contextId + "-kenes";
  }

  public String resourceLinkTitle() {
    return "Kenes: program feedback";
  }

  /** How the course page's course list shows it. */
  public String displayName() {
    return label == null ? title : label + ": " + title;
  }
}
