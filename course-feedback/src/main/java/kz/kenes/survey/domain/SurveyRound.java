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
 * One round of a {@link Survey}: a window of dates in which it takes answers, on the instrument
 * version it was opened with. Staff can close it before its date and reopen it; while it is open
 * respondents can change their answers, once it is closed they are final.
 */
@Entity
@Table(name = "survey_round")
public class SurveyRound {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "survey_id")
  private Survey survey;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String label;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instrument_version_id")
  private InstrumentVersion version;

  @Column(name = "opens_at", nullable = false)
  private LocalDateTime opensAt;

  @Column(name = "closes_at", nullable = false)
  private LocalDateTime closesAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "revision_ref")
  private Long revisionRef;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected SurveyRound() {}

  SurveyRound(
      Survey survey,
      int position,
      RoundKind kind,
      String label,
      InstrumentVersion version,
      Instant opensAt,
      Instant closesAt,
      Instant now) {
    this.survey = survey;
    this.position = position;
    this.kind = kind.code();
    this.label = label;
    this.version = version;
    this.opensAt = Timestamps.toColumn(opensAt);
    this.closesAt = Timestamps.toColumn(closesAt);
    this.createdAt = Timestamps.toColumn(now);
  }

  public RoundStatus status(Instant now) {
    return RoundStatus.at(opensAt(), closesAt(), Timestamps.fromColumn(closedAt), now);
  }

  public boolean isOpen(Instant now) {
    return status(now) == RoundStatus.OPEN;
  }

  /**
   * Refuses unless the round takes answers now: {@link RoundClosed} once it closed, {@link
   * RoundNotOpen} before it opens. Checked again when the answer is stored, in its transaction
   * ({@link ResponseRepository#storeSubmission}): a round may close in between.
   */
  public void requireTakesAnswers(Instant now) {
    status(now).requireTakesAnswers();
  }

  /** Closes the round now; closing a closed round changes nothing. */
  public void close(Instant now) {
    if (status(now) != RoundStatus.CLOSED) {
      closedAt = Timestamps.toColumn(now);
    }
  }

  /**
   * Reopens the round, until {@code until} when given. A round past its closing date needs a new
   * one.
   */
  public void reopen(Instant until, Instant now) {
    Instant closes = until == null ? closesAt() : until;
    if (!closes.isAfter(now)) {
      throw InvalidSurveyInput.of(
          "closesAt",
          "The round's closing date has passed: give a new 'closesAt' in the future to reopen it.");
    }
    if (!closes.isAfter(opensAt())) {
      throw InvalidSurveyInput.of("closesAt", "A round must close after it opens.");
    }
    closedAt = null;
    closesAt = Timestamps.toColumn(closes);
  }

  public Long id() {
    return id;
  }

  public Survey survey() {
    return survey;
  }

  public int position() {
    return position;
  }

  public RoundKind kind() {
    return RoundKind.ofCode(kind).orElse(RoundKind.OTHER);
  }

  public String label() {
    return label;
  }

  public InstrumentVersion version() {
    return version;
  }

  public Instant opensAt() {
    return Timestamps.fromColumn(opensAt);
  }

  public Instant closesAt() {
    return Timestamps.fromColumn(closesAt);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(Timestamps.fromColumn(closedAt));
  }

  /**
   * Records the program revision this round measures as its follow-up (a revision linked the round
   * as "after" it); the last link wins.
   */
  public void measures(long revisionId) {
    this.revisionRef = revisionId;
  }

  /** Forgets that the round measures revision {@code revisionId}; another revision's mark stays. */
  public void forgetRevision(long revisionId) {
    if (revisionRef != null && revisionRef == revisionId) {
      this.revisionRef = null;
    }
  }

  /** The program revision this round measures as its follow-up, if one linked it. */
  public Optional<Long> revisionRef() {
    return Optional.ofNullable(revisionRef);
  }
}
