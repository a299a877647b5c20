package kz.kenes.analytics.domain;

/**
 * "Did the last revision of this module help": the respondents' mean scores on the current module
 * version against the previous version's, with the existing analysis (Student's and Welch's t,
 * Cohen's d; positive when the current version is rated higher). Withheld, with nothing computed,
 * when either version has fewer respondents than the {@link PrivacyMinimum}.
 *
 * @param previousVersion the earlier module version compared
 * @param currentVersion the later one
 * @param previous the moments of the previous version's respondent means
 * @param current the moments of the current version's respondent means
 * @param withheld whether a version has too few respondents to show the comparison
 */
public record VersionComparison(
    int previousVersion,
    int currentVersion,
    Moments previous,
    Moments current,
    boolean withheld,
    Outcome<TTestResult> student,
    Outcome<TTestResult> welch,
    Outcome<EffectSize> cohensD) {

  /** Compares two versions' respondent means, unless the privacy minimum withholds it. */
  public static VersionComparison of(
      int previousVersion,
      Moments previous,
      int currentVersion,
      Moments current,
      PrivacyMinimum minimum) {
    if (!minimum.shows(previous.n()) || !minimum.shows(current.n())) {
      return new VersionComparison(
          previousVersion, currentVersion, previous, current, true, null, null, null);
    }
    return new VersionComparison(
        previousVersion,
        currentVersion,
        previous,
        current,
        false,
        TTests.student(previous, current),
        TTests.welch(previous, current),
        EffectSize.cohensD(previous, current));
  }
}
