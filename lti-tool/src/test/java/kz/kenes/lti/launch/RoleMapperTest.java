package kz.kenes.lti.launch;

import static kz.kenes.lti.launch.ToolRole.ADMIN;
import static kz.kenes.lti.launch.ToolRole.INSTRUCTOR;
import static kz.kenes.lti.launch.ToolRole.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoleMapperTest {

  private static final String V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
  private static final String MEMBERSHIP = V2 + "membership#";
  private static final String INSTITUTION = V2 + "institution/person#";
  private static final String SYSTEM = V2 + "system/person#";

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("roles")
  void mapsLtiRolesToToolRole(List<String> roles, ToolRole expected) {
    assertThat(RoleMapper.map(roles)).isEqualTo(expected);
  }

  static Stream<Arguments> roles() {
    return Stream.of(
        // full v2 URIs
        mapping(ADMIN, INSTITUTION + "Administrator"),
        mapping(ADMIN, SYSTEM + "Administrator"),
        mapping(INSTRUCTOR, MEMBERSHIP + "Administrator"),
        mapping(INSTRUCTOR, MEMBERSHIP + "Instructor"),
        mapping(INSTRUCTOR, MEMBERSHIP + "ContentDeveloper"),
        mapping(INSTRUCTOR, MEMBERSHIP + "Mentor"),
        mapping(INSTRUCTOR, MEMBERSHIP + "TeachingAssistant"),
        mapping(INSTRUCTOR, V2 + "membership/Instructor#TeachingAssistant"),
        mapping(LEARNER, MEMBERSHIP + "Learner"),
        mapping(LEARNER, V2 + "membership/Learner#NonCreditLearner"),
        mapping(LEARNER, SYSTEM + "SysAdmin"),
        mapping(LEARNER, SYSTEM + "SysSupport"),
        mapping(LEARNER, INSTITUTION + "Student"),
        mapping(LEARNER, INSTITUTION + "Faculty"),
        mapping(LEARNER, SYSTEM + "None", INSTITUTION + "None", MEMBERSHIP + "Learner"),
        // Open edX xblock-lti-consumer before 11.1: course instructors got only this
        mapping(INSTRUCTOR, INSTITUTION + "Instructor"),
        // short context role names
        mapping(INSTRUCTOR, "Instructor"),
        mapping(INSTRUCTOR, "TeachingAssistant"),
        mapping(INSTRUCTOR, "ContentDeveloper"),
        mapping(INSTRUCTOR, "Administrator"),
        mapping(INSTRUCTOR, "Mentor"),
        mapping(LEARNER, "Learner"),
        // LIS v1 URNs
        mapping(INSTRUCTOR, "urn:lti:role:ims/lis/Instructor"),
        mapping(INSTRUCTOR, "urn:lti:role:ims/lis/TeachingAssistant/TeachingAssistantSection"),
        mapping(INSTRUCTOR, "urn:lti:role:ims/lis/Administrator"),
        mapping(ADMIN, "urn:lti:instrole:ims/lis/Administrator"),
        mapping(ADMIN, "urn:lti:sysrole:ims/lis/Administrator"),
        mapping(LEARNER, "urn:lti:role:ims/lis/Learner"),
        mapping(LEARNER, "urn:lti:sysrole:ims/lis/SysAdmin"),
        // unknown, empty, malformed
        mapping(LEARNER, "http://example.com/roles#Instructor"),
        mapping(LEARNER, "Wizard"),
        mapping(LEARNER, ""),
        mapping(LEARNER),
        // mixed: the highest wins
        mapping(INSTRUCTOR, MEMBERSHIP + "Learner", MEMBERSHIP + "Instructor"),
        mapping(ADMIN, "Instructor", SYSTEM + "Administrator", MEMBERSHIP + "Learner"),
        mapping(ADMIN, "urn:lti:instrole:ims/lis/Administrator", "Learner"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("openEdxBefore11_1")
  void readsSystemAdministratorAsInstructorWhenAsked(List<String> roles, ToolRole expected) {
    assertThat(RoleMapper.map(roles, true)).isEqualTo(expected);
  }

  static Stream<Arguments> openEdxBefore11_1() {
    return Stream.of(
        // course staff of Open edX before 11.1
        mapping(INSTRUCTOR, SYSTEM + "Administrator", INSTITUTION + "Instructor"),
        mapping(INSTRUCTOR, "urn:lti:sysrole:ims/lis/Administrator"),
        // an institution Administrator is still one
        mapping(ADMIN, SYSTEM + "Administrator", INSTITUTION + "Administrator"),
        mapping(LEARNER, INSTITUTION + "Student"));
  }

  @Test
  void mapsNoRolesClaimToLearner() {
    assertThat(RoleMapper.map(null)).isEqualTo(LEARNER);
  }

  private static Arguments mapping(ToolRole expected, String... roles) {
    return Arguments.of(Arrays.asList(roles), expected);
  }
}
