package it.kenes.support;

/**
 * LTI role URIs as platforms send them.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Appendix A.2
 *     Role vocabularies</a>
 */
public final class LtiRoles {

  private static final String V2 = "http://purl.imsglobal.org/vocab/lis/v2/";

  public static final String LEARNER = V2 + "membership#Learner";
  public static final String INSTRUCTOR = V2 + "membership#Instructor";
  public static final String COURSE_ADMINISTRATOR = V2 + "membership#Administrator";
  public static final String CONTENT_DEVELOPER = V2 + "membership#ContentDeveloper";
  public static final String MENTOR = V2 + "membership#Mentor";
  public static final String TEACHING_ASSISTANT = V2 + "membership/Instructor#TeachingAssistant";
  public static final String INSTITUTION_ADMINISTRATOR = V2 + "institution/person#Administrator";
  public static final String INSTITUTION_INSTRUCTOR = V2 + "institution/person#Instructor";
  public static final String INSTITUTION_STUDENT = V2 + "institution/person#Student";
  public static final String SYSTEM_ADMINISTRATOR = V2 + "system/person#Administrator";
  public static final String SYSTEM_SYS_ADMIN = V2 + "system/person#SysAdmin";
  public static final String LIS_V1_INSTRUCTOR = "urn:lti:role:ims/lis/Instructor";
  public static final String LIS_V1_SYSTEM_ADMINISTRATOR = "urn:lti:sysrole:ims/lis/Administrator";

  private LtiRoles() {}
}
