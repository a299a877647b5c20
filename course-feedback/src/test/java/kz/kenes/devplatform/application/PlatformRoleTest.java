package kz.kenes.devplatform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import kz.kenes.lti.launch.ToolRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformRoleTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "learner, LEARNER",
    "instructor, INSTRUCTOR",
    "admin, ADMIN",
    "teaching-assistant, INSTRUCTOR",
    "mentor, INSTRUCTOR",
    "content-developer, INSTRUCTOR",
    "course-admin, INSTRUCTOR",
    "site-admin, ADMIN",
    "short-instructor, INSTRUCTOR",
    "none, LEARNER"
  })
  void meansToKenesWhatRealPlatformsMean(String key, ToolRole expected) {
    assertThat(PlatformRole.byKey(key))
        .get()
        .extracting(PlatformRole::kenesRole)
        .isEqualTo(expected);
  }

  @Test
  void sendsTheRoleUrisTheBriefNames() {
    assertThat(PlatformRole.INSTRUCTOR.roles())
        .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
    assertThat(PlatformRole.ADMIN.roles())
        .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator");
    assertThat(PlatformRole.NO_ROLES.roles()).isEmpty();
  }

  @Test
  void hasUniqueKeys() {
    assertThat(Arrays.stream(PlatformRole.values()).map(PlatformRole::key)).doesNotHaveDuplicates();
    assertThat(PlatformRole.byKey("superuser")).isEmpty();
    assertThat(PlatformRole.byKey(null)).isEmpty();
  }
}
