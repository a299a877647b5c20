package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class ProposalFilterTest {

  @Test
  void blankFieldsMeanAny() {
    assertThat(ProposalFilter.of("", null, " ")).isEqualTo(ProposalFilter.all());
  }

  @Test
  void readsStatusGroupAndHidden() {
    assertThat(ProposalFilter.of("shortlisted", "employer", "no"))
        .isEqualTo(
            new ProposalFilter(
                Optional.of(ProposalStatus.SHORTLISTED),
                Optional.of("employer"),
                Optional.of(false)));
    assertThat(ProposalFilter.of(null, null, "yes").hidden()).contains(true);
  }

  @Test
  void refusesAnUnknownStatusOrHiddenValue() {
    assertThatThrownBy(() -> ProposalFilter.of("won", null, null))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Unknown status 'won'");
    assertThatThrownBy(() -> ProposalFilter.of(null, null, "maybe"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("'hidden' is yes, no");
    assertThatThrownBy(() -> ProposalFilter.of(null, "Not a group!", null))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void expertsSeeTheVisibleShortlist() {
    assertThat(ProposalFilter.shortlistedVisible().status()).contains(ProposalStatus.SHORTLISTED);
    assertThat(ProposalFilter.shortlistedVisible().hidden()).contains(false);
  }
}
