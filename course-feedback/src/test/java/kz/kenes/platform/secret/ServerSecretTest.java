package kz.kenes.platform.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ServerSecretTest {

  @Test
  void hmacIsHmacSha256AsRfc4231Says() {
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x0b);

    assertThat(ServerSecret.hmacHex(key, "Hi There"))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  }

  @Test
  void aNewSecretIsThirtyTwoRandomBytes() {
    String one = ServerSecret.newSecret();

    assertThat(Base64.getUrlDecoder().decode(one)).hasSize(32);
    assertThat(ServerSecret.newSecret()).isNotEqualTo(one);
  }
}
