package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.kenes.integration.lti.persistence.JdbcRoster;
import kz.kenes.lti.services.nrps.Member;
import org.junit.jupiter.api.Test;

class RosterSyncTest {

  static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  @Test
  void mapsRolesToKenesRolesAndKeepsWhatThePlatformSent() {
    List<JdbcRoster.Listed> listed =
        RosterSync.listed(
            List.of(
                new Member("u1", List.of(LIS + "Learner"), true, null, null, null, null),
                new Member(
                    "u2",
                    List.of(LIS + "Instructor", LIS + "Learner"),
                    false,
                    null,
                    "Dana",
                    "Sadykova",
                    "dana@example.edu")));

    assertThat(listed.get(0))
        .isEqualTo(new JdbcRoster.Listed("u1", LIS + "Learner", "learner", true, null, null));
    assertThat(listed.get(1).kenesRole()).isEqualTo("instructor");
    assertThat(listed.get(1).roles()).isEqualTo(LIS + "Instructor " + LIS + "Learner");
    assertThat(listed.get(1).active()).isFalse();
    assertThat(listed.get(1).name()).isEqualTo("Dana Sadykova");
    assertThat(listed.get(1).email()).isEqualTo("dana@example.edu");
  }
}
