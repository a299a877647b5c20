package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
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
public class SurveyResponse {

  /** Status of a response that is only a draft. */
  public static final String DRAFT = "draft";

  /** Status of a submitted response. */
  public static final String SUBMITTED = "submitted";

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id")
  private SurveyRound round;

  @Column(name = "respondent_key", nullable = false)
  private String respondentKey;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  @Column(name = "user_ref")
  private Long userRef;

  @Column(name = "context_ref")
  private Long contextRef;

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

  @Column(name = "scale_sum", nullable = false)
  private int scaleSum;

  @Column(name = "scale_count", nullable = false)
  private int scaleCount;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  protected SurveyResponse() {}

  /** A learner's response, opened from their LTI launch. */
  public static SurveyResponse ofLearner(
      SurveyRound round, long userRef, Long contextRef, Instant now) {
    SurveyResponse r = new SurveyResponse(round, "lti:" + userRef, "learner", now);
    r.userRef = userRef;
    r.contextRef = contextRef;
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
        new SurveyResponse(invitation.round(), "inv:" + submissionId, invitation.groupCode(), now);
    r.invitationId = invitation.id();
    r.pairCode = invitation.anonymous() ? null : pairCode;
    r.clientHash = clientHash;
    return r;
  }

  private SurveyResponse(SurveyRound round, String respondentKey, String groupCode, Instant now) {
    this.round = round;
    this.respondentKey = respondentKey;
    this.groupCode = groupCode;
    this.status = DRAFT;
    this.createdAt = Timestamps.toColumn(now);
    this.updatedAt = this.createdAt;
  }

  /** Keeps a draft: the answers as given, as JSON text; a submitted response stays submitted. */
  public void saveDraft(String answersJson, Instant now) {
    this.draft = answersJson;
    this.updatedAt = Timestamps.toColumn(now);
  }

  /** Marks the response submitted with these checked answers (the repository writes them). */
  public void submit(AnswerSheet sheet, Instant now) {
    this.status = SUBMITTED;
    this.draft = null;
    this.scaleSum = sheet.scaleSum();
    this.scaleCount = sheet.scaleCount();
    this.updatedAt = Timestamps.toColumn(now);
    if (submittedAt == null) {
      this.submittedAt = this.updatedAt;
    }
  }

  public boolean isSubmitted() {
    return SUBMITTED.equals(status);
  }

  public Long id() {
    return id;
  }

  public SurveyRound round() {
    return round;
  }

  public String groupCode() {
    return groupCode;
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

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(Timestamps.fromColumn(submittedAt));
  }
}
