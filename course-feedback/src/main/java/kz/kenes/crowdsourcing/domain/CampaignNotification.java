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
import java.util.Locale;
import kz.kenes.platform.persistence.Timestamps;

/**
 * What Kenes tells an author about their proposal: it was merged, evaluated by an expert,
 * shortlisted, accepted or rejected, with the reason. Read in Kenes; no e-mail is sent.
 */
@Entity
@Table(name = "campaign_notification")
public class CampaignNotification {

  /** What happened to the proposal. */
  public enum Kind {
    MERGED,
    EVALUATED,
    SHORTLISTED,
    ACCEPTED,
    REJECTED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "recipient_key", nullable = false)
  private String recipientKey;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "proposal_id", nullable = false)
  private long proposalId;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected CampaignNotification() {}

  public CampaignNotification(
      String recipientKey,
      long campaignId,
      long proposalId,
      Kind kind,
      String reason,
      Instant now) {
    this.recipientKey = recipientKey;
    this.campaignId = campaignId;
    this.proposalId = proposalId;
    this.kind = kind.name();
    this.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    this.createdAt = Timestamps.toColumn(now);
  }

  public Long id() {
    return id;
  }

  public String recipientKey() {
    return recipientKey;
  }

  public long campaignId() {
    return campaignId;
  }

  public long proposalId() {
    return proposalId;
  }

  public Kind kind() {
    return Kind.valueOf(kind);
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
