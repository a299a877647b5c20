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
import kz.kenes.platform.persistence.Timestamps;

/**
 * One entry of a campaign's audit trail: who (a member key, {@code schedule} for a move on the
 * dates, {@code admin-token} for the operator) did what, when, with a detail.
 */
@Entity
@Table(name = "campaign_audit")
public class CampaignAuditEntry {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "actor_key", nullable = false)
  private String actorKey;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String detail;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected CampaignAuditEntry() {}

  public CampaignAuditEntry(
      long campaignId, String actorKey, String action, String detail, Instant now) {
    this.campaignId = campaignId;
    this.actorKey = actorKey;
    this.action = action;
    this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    this.createdAt = Timestamps.toColumn(now);
  }

  public Long id() {
    return id;
  }

  public long campaignId() {
    return campaignId;
  }

  public String actorKey() {
    return actorKey;
  }

  public String action() {
    return action;
  }

  public String detail() {
    return detail;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
