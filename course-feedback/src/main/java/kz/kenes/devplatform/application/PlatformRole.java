package kz.kenes.devplatform.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.kenes.lti.launch.RoleMapper;
import kz.kenes.lti.launch.ToolRole;

/**
 * The role sets a developer can launch with: the {@code roles} claim exactly as real platforms send
 * it for that kind of person (full LIS v2 URIs, a sub-role, a short name, none at all), so that
 * Kenes's role mapping is exercised as in production.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Appendix A.2
 *     Role vocabularies</a>
 */
public enum PlatformRole {
  LEARNER("learner", "Learner", List.of(Vocabulary.MEMBERSHIP + "Learner")),
  INSTRUCTOR("instructor", "Instructor", List.of(Vocabulary.MEMBERSHIP + "Instructor")),
  ADMIN("admin", "Administrator (institution)", List.of(Vocabulary.INSTITUTION + "Administrator")),
  TEACHING_ASSISTANT(
      "teaching-assistant",
      "Teaching assistant",
      List.of(Vocabulary.LIS_V2 + "membership/Instructor#TeachingAssistant")),
  MENTOR("mentor", "Mentor", List.of(Vocabulary.MEMBERSHIP + "Mentor")),
  CONTENT_DEVELOPER(
      "content-developer",
      "Content developer",
      List.of(Vocabulary.MEMBERSHIP + "ContentDeveloper")),
  COURSE_ADMIN(
      "course-admin",
      "Course admin team (Open edX)",
      List.of(Vocabulary.MEMBERSHIP + "Administrator", Vocabulary.MEMBERSHIP + "Instructor")),
  SITE_ADMIN(
      "site-admin",
      "Site administrator (Moodle)",
      List.of(
          Vocabulary.INSTITUTION + "Administrator",
          Vocabulary.MEMBERSHIP + "Instructor",
          Vocabulary.LIS_V2 + "system/person#Administrator")),
  SHORT_INSTRUCTOR("short-instructor", "Instructor (short role name)", List.of("Instructor")),
  NO_ROLES("none", "No roles", List.of());

  private final String key;
  private final String label;
  private final List<String> roles;

  PlatformRole(String key, String label, List<String> roles) {
    this.key = key;
    this.label = label;
    this.roles = roles;
  }

  /** The value of the role field in the course page's form. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The {@code https://purl.imsglobal.org/spec/lti/claim/roles} values. */
  public List<String> roles() {
    return roles;
  }

  /** What Kenes makes of these roles, through lti-tool's own role mapping. */
  public ToolRole kenesRole() {
    return RoleMapper.map(roles);
  }

  public static Optional<PlatformRole> byKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }

  private static final class Vocabulary {
    static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
    static final String MEMBERSHIP = LIS_V2 + "membership#";
    static final String INSTITUTION = LIS_V2 + "institution/person#";
  }
}
