package kz.kenes.survey.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationFormTest {

  @Test
  void aFormIdKenesDrewIsTakenAsSent() {
    String id = InvitationForm.newFormId();

    assertThat(InvitationForm.formId(Map.of("formId", List.of(id)))).isEqualTo(id);
    assertThat(InvitationForm.newFormId()).isNotEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301x",
        "' or 1=1 --"
      })
  void anythingElseCountsAsNoFormId(String sent) {
    assertThat(InvitationForm.formId(Map.of("formId", List.of(sent)))).isNull();
  }

  @Test
  void noFormIdAtAllIsNull() {
    assertThat(InvitationForm.formId(Map.of())).isNull();
  }
}
