package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A respondent's rating of one version of a program module, with the items of the module feedback
 * instrument (its answers are rows of {@code module_rating_answer}, written with the rating). The
 * rules of versions ({@link #status}, {@link #requireCurrent}): one rating per respondent and
 * module version; it may change while that version is the module's current one; a new module
 * version asks again, and the rating of the old version stays with it, unchanged.
 */
@Entity
@Table(name = "module_rating")
public class ModuleRating extends AnsweredBy {

  /** Longest client submission id kept. */
  public static final int MAX_SUBMISSION_ID = 64;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "module_version", nullable = false)
  private int moduleVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instrument_version_id")
  private InstrumentVersion instrumentVersion;

  @Column(name = "submission_id")
  private String submissionId;

  /** The module feedback link an outsider rated through; null for a learner. */
  @Column(name = "link_id")
  private Long linkId;

  /** An HMAC of the outsider's client address, for the link's per-client limit. */
  @Column(name = "client_hash")
  private String clientHash;

  /** The outsider's pairing code as stored ({@link PairCode#stored()}); null without one. */
  @Column(name = "pair_code")
  private String pairCode;

  /** Where a respondent stands with a module. */
  public enum Status {
    /** Never rated the module. */
    NOT_RATED,
    /** Rated the module's current version: may change the answer. */
    RATED,
    /** Rated an earlier version only: the current version asks again. */
    RATED_EARLIER_VERSION
  }

  protected ModuleRating() {}

  private ModuleRating(
      long moduleId,
      int moduleVersion,
      String respondentKey,
      String groupCode,
      Long userRef,
      Long contextRef,
      Instant now) {
    super(respondentKey, groupCode, userRef, contextRef, now);
    this.moduleId = moduleId;
    this.moduleVersion = moduleVersion;
  }

  /** A learner's new rating of a module version, in the learner group. */
  public static ModuleRating ofLearner(
      long moduleId, int moduleVersion, long userRef, long contextRef, Instant now) {
    return new ModuleRating(
        moduleId,
        moduleVersion,
        learnerKey(userRef),
        StakeholderGroup.LEARNER,
        userRef,
        contextRef,
        now);
  }

  /**
   * An outsider's new rating of a module version through a module feedback link, in the link's
   * group.
   */
  public static ModuleRating ofInvitee(
      long moduleId,
      int moduleVersion,
      String respondentKey,
      ModuleFeedbackLink link,
      String clientHash,
      String pairCode,
      Instant now) {
    ModuleRating rating =
        new ModuleRating(moduleId, moduleVersion, respondentKey, link.groupCode(), null, null, now);
    rating.linkId = link.id();
    rating.clientHash = clientHash;
    rating.pairCode = pairCode;
    return rating;
  }

  /**
   * A rating by a respondent known only by {@code respondentKey}, in {@code groupCode}: the demo
   * seed's invented respondents (no LTI user, no link).
   */
  public static ModuleRating ofRespondent(
      long moduleId, int moduleVersion, String respondentKey, String groupCode, Instant now) {
    return new ModuleRating(moduleId, moduleVersion, respondentKey, groupCode, null, null, now);
  }

  /** The respondent key of an outsider: their submission id, as in survey responses. */
  public static String inviteeKey(String submissionId) {
    return "inv:" + submissionId;
  }

  /** The respondent key of a learner, as in survey responses. */
  public static String learnerKey(long userRef) {
    return "lti:" + userRef;
  }

  /**
   * Where a respondent stands with a module whose current version is {@code currentVersion}.
   *
   * @param latestRated the highest module version the respondent rated, if any
   */
  public static Status status(Optional<Integer> latestRated, int currentVersion) {
    if (latestRated.isEmpty()) {
      return Status.NOT_RATED;
    }
    return latestRated.get() >= currentVersion ? Status.RATED : Status.RATED_EARLIER_VERSION;
  }

  /**
   * Refuses ({@link ModuleVersionChanged}, 409) a rating meant for {@code expected} when the
   * module's current version is another: a rating only ever goes to the current version, and an old
   * version's rating no longer changes. No expectation (null) means the current version.
   */
  public static int requireCurrent(Integer expected, int currentVersion) {
    if (expected != null && expected != currentVersion) {
      throw new ModuleVersionChanged(expected, currentVersion);
    }
    return currentVersion;
  }

  /** Takes a checked sheet as this rating's answers. */
  public void answer(
      InstrumentVersion version, AnswerSheet sheet, String submissionId, Instant now) {
    this.instrumentVersion = version;
    this.submissionId = submissionId;
    takeScale(sheet, now);
  }

  public long moduleId() {
    return moduleId;
  }

  public int moduleVersion() {
    return moduleVersion;
  }

  public Optional<Long> linkId() {
    return Optional.ofNullable(linkId);
  }

  public InstrumentVersion instrumentVersion() {
    return instrumentVersion;
  }

  public Optional<String> submissionId() {
    return Optional.ofNullable(submissionId);
  }
}
