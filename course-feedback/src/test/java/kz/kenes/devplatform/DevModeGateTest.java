package kz.kenes.devplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import org.junit.jupiter.api.Test;

class DevModeGateTest {

  @Test
  void answersNotFoundOutsideDevMode() {
    DevModeGate gate = new DevModeGate(() -> false);

    assertThat(gate.isOpen()).isFalse();
    assertThatThrownBy(gate::requireOpen)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(Problems.status(e)).isEqualTo(404))
        .hasMessageContaining("dev mode");
  }

  @Test
  void letsRequestsThroughInDevMode() {
    DevModeGate gate = new DevModeGate(() -> true);

    assertThat(gate.isOpen()).isTrue();
    gate.requireOpen();
  }

  @Test
  void asksTheConfigurationEachTime() {
    boolean[] devMode = {true};
    DevModeGate gate = new DevModeGate(() -> devMode[0]);
    devMode[0] = false;

    assertThat(gate.isOpen()).isFalse();
  }
}
