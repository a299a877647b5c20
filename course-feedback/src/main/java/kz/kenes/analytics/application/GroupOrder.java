package kz.kenes.analytics.application;

import java.util.Comparator;
import java.util.List;

/** The fixed order of groups in a report: learner, applicant, employer, graduate, then by code. */
public final class GroupOrder {

  static final List<String> BUILT_IN = List.of("learner", "applicant", "employer", "graduate");

  public static final Comparator<String> ORDER =
      Comparator.<String>comparingInt(
              code -> BUILT_IN.contains(code) ? BUILT_IN.indexOf(code) : BUILT_IN.size())
          .thenComparing(Comparator.naturalOrder());

  private GroupOrder() {}
}
