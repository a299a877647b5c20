package kz.kenes.crowdsourcing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;

/** A member's report of a proposal or one of its comments as abusive, for the moderators. */
@Entity
@Table(name = "proposal_report")
public class ProposalReport {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private long proposalId;

  @Column(name = "comment_id")
  private Long commentId;

  @Column(name = "reporter_key", nullable = false)
  private String reporterKey;

  @Column(nullable = false)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ProposalReport() {}

  public ProposalReport(
      long proposalId, Long commentId, String reporterKey, String reason, Instant now) {
    this.proposalId = proposalId;
    this.commentId = commentId;
    this.reporterKey = reporterKey;
    this.reason = Texts.required("reason", reason, 2000);
    this.createdAt = Timestamps.toColumn(now);
  }

  public Long id() {
    return id;
  }

  public long proposalId() {
    return proposalId;
  }

  public Optional<Long> commentId() {
    return Optional.ofNullable(commentId);
  }

  public String reporterKey() {
    return reporterKey;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
