package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;

/**
 * One respondent's response to one round: a draft (autosaved, not counted) until submitted, then
 * submitted answers that the analysis reads. One per respondent and round: a learner by their LTI
 * user, an invited respondent by the submission id their page generated, so a retried submission
 * finds the response it made instead of making another. The answers themselves are rows of {@code
 * survey_answer}, written with the response by its repository.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends AnsweredBy {

  /** Status of a response that is only a draft. */
  public static final String DRAFT = "draft";

  /** Status of a submitted response. */
  public static final String SUBMITTED = "submitted";

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id")
  private SurveyRound round;

  @Column(name = "invitation_id")
  private Long invitationId;

  @Column(name = "pair_code")
  private String pairCode;

  /** Which client answered through a link: an HMAC of its address, for the per-client limit. */
  @Column(name = "client_hash")
  private String clientHash;

  @Column(nullable = false)
  private String status;

  private String draft;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  protected SurveyResponse() {}

  /** A learner's response, opened from their LTI launch. */
  public static SurveyResponse ofLearner(
      SurveyRound round, long userRef, Long contextRef, Instant now) {
    SurveyResponse r =
        new SurveyResponse(round, "lti:" + userRef, "learner", userRef, contextRef, now);
    r.pairCode = "u:" + userRef;
    return r;
  }

  /**
   * An invited respondent's response, keyed by the submission id of their page; {@code clientHash}
   * names the client that sent it (null when unknown).
   */
  public static SurveyResponse ofInvitation(
      Invitation invitation, String submissionId, String pairCode, String clientHash, Instant now) {
    SurveyResponse r =
        new SurveyResponse(
            invitation.round(), "inv:" + submissionId, invitation.groupCode(), null, null, now);
    r.invitationId = invitation.id();
    r.pairCode = invitation.anonymous() ? null : pairCode;
    r.clientHash = clientHash;
    return r;
  }

  private SurveyResponse(
      SurveyRound round,
      String respondentKey,
      String groupCode,
      Long userRef,
      Long contextRef,
      Instant now) {
    super(respondentKey, groupCode, userRef, contextRef, now);
    this.round = round;
    this.status = DRAFT;
  }

  /** Keeps a draft: the answers as given, as JSON text; a submitted response stays submitted. */
  public void saveDraft(String answersJson, Instant now) {
    this.draft = answersJson;
    touch(now);
  }

  /** Marks the response submitted with these checked answers (the repository writes them). */
  public void submit(AnswerSheet sheet, Instant now) {
    this.status = SUBMITTED;
    this.draft = null;
    takeScale(sheet, now);
    if (submittedAt == null) {
      this.submittedAt = updatedAtColumn();
    }
  }

  public boolean isSubmitted() {
    return SUBMITTED.equals(status);
  }

  public SurveyRound round() {
    return round;
  }

  public Optional<Long> invitationId() {
    return Optional.ofNullable(invitationId);
  }

  public Optional<String> draft() {
    return Optional.ofNullable(draft);
  }

  public Optional<String> pairCode() {
    return Optional.ofNullable(pairCode);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(Timestamps.fromColumn(submittedAt));
  }
}
