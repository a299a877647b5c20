package kz.kenes.crowdsourcing.domain;

import java.util.Locale;
import kz.kenes.platform.domain.InvalidInput;

/** What a proposal asks for. */
public enum ProposalKind {
  NEW_COMPETENCY,
  NEW_COURSE,
  CONTENT_CHANGE,
  REMOVAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the proposal must name the module(s) it changes. */
  public boolean needsModule() {
    return this == CONTENT_CHANGE || this == REMOVAL;
  }

  public static ProposalKind of(String code) {
    for (ProposalKind kind : values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new InvalidInput(
        "kind", "A proposal's kind is new_competency, new_course, content_change or removal.");
  }
}
