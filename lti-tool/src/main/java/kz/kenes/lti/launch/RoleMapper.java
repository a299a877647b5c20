package kz.kenes.lti.launch;

import java.util.Collection;
import java.util.Set;

/**
 * Maps the roles claim to a {@link ToolRole}; the highest role found wins, no role means {@link
 * ToolRole#LEARNER}.
 *
 * <ul>
 *   <li>{@code ADMIN}: the institution or system role Administrator ({@code
 *       …/lis/v2/institution/person#Administrator}, {@code …/system/person#Administrator}, LIS v1
 *       {@code urn:lti:instrole:ims/lis/Administrator}, {@code
 *       urn:lti:sysrole:ims/lis/Administrator}). The technical system roles SysAdmin and SysSupport
 *       are deliberately not admins of programs.
 *   <li>{@code INSTRUCTOR}: the context (membership) roles Administrator, Instructor,
 *       TeachingAssistant, ContentDeveloper and Mentor, with their sub-roles ({@code
 *       membership/Instructor#TeachingAssistant}), as full v2 URIs, as short names ({@code
 *       "Instructor"}, which LTI 1.3 allows for context roles only) or as LIS v1 URNs ({@code
 *       urn:lti:role:ims/lis/Instructor}). Also the institution role Instructor: Open edX's
 *       xblock-lti-consumer before 11.1 sent course instructors only {@code
 *       institution/person#Instructor} (its {@code LTI_1P3_ROLE_MAP}) and no membership role.
 *   <li>{@code LEARNER}: everything else, unknown roles included.
 * </ul>
 *
 * <p>What platforms send: Moodle ({@code mod/lti} {@code lti_get_ims_role}) sends Instructor or
 * Learner as context roles and adds the system and institution Administrator roles for site
 * administrators. Open edX's xblock-lti-consumer from 11.1 sends {@code membership#Instructor} to
 * course staff, {@code membership#Administrator} (plus Instructor) to course instructors, {@code
 * membership#Learner} to students, and the system and institution Administrator roles only to
 * global staff. Before 11.1 it sent {@code system/person#Administrator} to every course staff
 * member, who therefore maps to ADMIN here; such platforms should be upgraded.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Appendix A.2
 *     Role vocabularies</a>
 */
public final class RoleMapper {

  private static final String LIS_V2 = "purl.imsglobal.org/vocab/lis/v2/";
  private static final Set<String> TEACHING_CONTEXT_ROLES =
      Set.of("Administrator", "Instructor", "TeachingAssistant", "ContentDeveloper", "Mentor");

  private enum Scope {
    CONTEXT,
    INSTITUTION,
    SYSTEM,
    UNKNOWN
  }

  private record ParsedRole(Scope scope, String principal) {}

  private RoleMapper() {}

  /** The tool role of a user with these LTI roles; null or empty means learner. */
  public static ToolRole map(Collection<String> roles) {
    return map(roles, false);
  }

  /**
   * The tool role of a user with these LTI roles, the system role Administrator ({@code
   * …/system/person#Administrator}, {@code urn:lti:sysrole:ims/lis/Administrator}) read as
   * INSTRUCTOR when {@code systemAdministratorAsInstructor}: for platforms that send it to every
   * course staff member (Open edX's xblock-lti-consumer before 11.1). The institution role
   * Administrator stays ADMIN.
   */
  public static ToolRole map(Collection<String> roles, boolean systemAdministratorAsInstructor) {
    ToolRole result = ToolRole.LEARNER;
    if (roles != null) {
      for (String role : roles) {
        result = result.max(toolRole(parse(role), systemAdministratorAsInstructor));
      }
    }
    return result;
  }

  private static ToolRole toolRole(ParsedRole role, boolean systemAdministratorAsInstructor) {
    return switch (role.scope()) {
      case SYSTEM ->
          !isAdministrator(role)
              ? ToolRole.LEARNER
              : systemAdministratorAsInstructor ? ToolRole.INSTRUCTOR : ToolRole.ADMIN;
      case INSTITUTION -> institutionRole(role.principal());
      case CONTEXT ->
          TEACHING_CONTEXT_ROLES.contains(role.principal())
              ? ToolRole.INSTRUCTOR
              : ToolRole.LEARNER;
      case UNKNOWN -> ToolRole.LEARNER;
    };
  }

  private static ToolRole institutionRole(String principal) {
    return switch (principal) {
      case "Administrator" -> ToolRole.ADMIN;
      case "Instructor" -> ToolRole.INSTRUCTOR;
      default -> ToolRole.LEARNER;
    };
  }

  private static boolean isAdministrator(ParsedRole role) {
    return "Administrator".equals(role.principal());
  }

  private static ParsedRole parse(String role) {
    if (role == null || role.isBlank()) {
      return new ParsedRole(Scope.UNKNOWN, "");
    }
    String value = role.trim();
    for (String scheme : new String[] {"http://", "https://"}) {
      if (value.startsWith(scheme + LIS_V2)) {
        return parseV2(value.substring(scheme.length() + LIS_V2.length()));
      }
    }
    if (value.startsWith("urn:lti:")) {
      return parseV1(value.substring("urn:lti:".length()));
    }
    boolean shortName = value.indexOf(':') < 0 && value.indexOf('/') < 0;
    return new ParsedRole(shortName ? Scope.CONTEXT : Scope.UNKNOWN, value);
  }

  /** {@code membership#R}, {@code membership/R#Sub}, {@code institution/person#R}, … */
  private static ParsedRole parseV2(String path) {
    int hash = path.indexOf('#');
    if (hash < 0) {
      return new ParsedRole(Scope.UNKNOWN, path);
    }
    String vocabulary = path.substring(0, hash);
    String name = path.substring(hash + 1);
    if (vocabulary.equals("membership")) {
      return new ParsedRole(Scope.CONTEXT, name);
    }
    if (vocabulary.startsWith("membership/")) {
      return new ParsedRole(Scope.CONTEXT, vocabulary.substring("membership/".length()));
    }
    return switch (vocabulary) {
      case "institution/person" -> new ParsedRole(Scope.INSTITUTION, name);
      case "system/person" -> new ParsedRole(Scope.SYSTEM, name);
      default -> new ParsedRole(Scope.UNKNOWN, name);
    };
  }

  /** {@code role:ims/lis/R[/Sub]}, {@code instrole:ims/lis/R}, {@code sysrole:ims/lis/R}. */
  private static ParsedRole parseV1(String rest) {
    int lis = rest.indexOf(":ims/lis/");
    if (lis < 0) {
      return new ParsedRole(Scope.UNKNOWN, rest);
    }
    String kind = rest.substring(0, lis);
    String name = rest.substring(lis + ":ims/lis/".length());
    int slash = name.indexOf('/');
    String principal = slash < 0 ? name : name.substring(0, slash);
    return switch (kind) {
      case "role" -> new ParsedRole(Scope.CONTEXT, principal);
      case "instrole" -> new ParsedRole(Scope.INSTITUTION, principal);
      case "sysrole" -> new ParsedRole(Scope.SYSTEM, principal);
      default -> new ParsedRole(Scope.UNKNOWN, principal);
    };
  }
}
