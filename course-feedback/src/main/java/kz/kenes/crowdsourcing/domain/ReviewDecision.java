package kz.kenes.crowdsourcing.domain;

import java.util.Collection;
import java.util.Locale;
import kz.kenes.platform.domain.InvalidInput;

/** An expert's decision on a shortlisted proposal. */
public enum ReviewDecision {
  APPROVE,
  REJECT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReviewDecision of(String code) {
    for (ReviewDecision d : values()) {
      if (d.code().equals(code)) {
        return d;
      }
    }
    throw new InvalidInput("decision", "An expert's decision is 'approve' or 'reject'.");
  }

  /** A proposal is expert-approved when more of its reviews approve than reject it. */
  public static boolean approved(Collection<ReviewDecision> decisions) {
    long approvals = decisions.stream().filter(d -> d == APPROVE).count();
    return approvals > decisions.size() - approvals;
  }
}
