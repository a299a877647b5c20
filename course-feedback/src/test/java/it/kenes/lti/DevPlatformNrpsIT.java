package it.kenes.lti;

import static org.assertj.core.api.Assertions.assertThat;

import it.kenes.support.Http;
import it.kenes.support.HttpAnswer;
import org.junit.jupiter.api.Test;

/**
 * The development platform's Names and Role Provisioning Service as a client without its token sees
 * it: refused with 401, whatever the course. (Kenes's own sync against it, with a token from the
 * platform's token endpoint, runs from the roster page of a dev-platform launch.)
 */
class DevPlatformNrpsIT {

  @Test
  void membershipsWantAToken() {
    for (String authorization : new String[] {"Bearer nope", ""}) {
      HttpAnswer answer =
          Http.get(
              "/dev/platform/memberships/demo-course",
              "Accept",
              "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
              "Authorization",
              authorization);
      assertThat(answer.status()).as("%s", answer).isEqualTo(401);
    }
  }
}
