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

/** A comment on a proposal, possibly in answer to another (a thread); hidden, never deleted. */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private long proposalId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "author_key", nullable = false)
  private String authorKey;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  @Column(nullable = false)
  private String body;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ProposalComment() {}

  public ProposalComment(
      long proposalId,
      Long parentId,
      String authorKey,
      String groupCode,
      String body,
      Instant now) {
    this.proposalId = proposalId;
    this.parentId = parentId;
    this.authorKey = authorKey;
    this.groupCode = groupCode;
    this.body = Texts.required("text", body, 4000);
    this.createdAt = Timestamps.toColumn(now);
  }

  public void hide(String reason) {
    this.hiddenReason = Texts.required("reason", reason, 2000);
  }

  public Long id() {
    return id;
  }

  public long proposalId() {
    return proposalId;
  }

  public Optional<Long> parentId() {
    return Optional.ofNullable(parentId);
  }

  public String authorKey() {
    return authorKey;
  }

  public String groupCode() {
    return groupCode;
  }

  public String body() {
    return body;
  }

  public Optional<String> hiddenReason() {
    return Optional.ofNullable(hiddenReason);
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
