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
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A participant's proposal in a campaign: its kind, target modules, title, text and rationale (as
 * of its current version, see {@link ProposalVersion}), its author and the author's group, and
 * where it is in the selection. Nothing is ever deleted: a moderator hides it with a reason, a
 * merge points it at the proposal it went into, a decision keeps the reason.
 */
@Entity
@Table(name = "campaign_proposal")
public class Proposal {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(nullable = false)
  private String kind;

  @Column(name = "module_ids", nullable = false)
  private String moduleIds;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String rationale;

  @Column(name = "author_key", nullable = false)
  private String authorKey;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  @Column(nullable = false)
  private String status;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "merged_into")
  private Long mergedInto;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  /** The text of a proposal or of one of its versions. */
  public record Content(String title, String body, String rationale) {
    public Content {
      title = Texts.required("title", title, 300);
      body = Texts.required("text", body, 8000);
      rationale = Texts.optional("rationale", rationale, 8000);
    }
  }

  protected Proposal() {}

  public Proposal(
      long campaignId,
      ProposalKind kind,
      List<Long> moduleIds,
      Content content,
      String authorKey,
      String groupCode,
      Instant now) {
    if (kind.needsModule() && moduleIds.isEmpty()) {
      throw new InvalidInput("moduleIds", "A " + kind.code() + " proposal names its module(s).");
    }
    this.campaignId = campaignId;
    this.kind = kind.name();
    this.moduleIds = String.join(",", moduleIds.stream().map(String::valueOf).toList());
    this.authorKey = authorKey;
    this.groupCode = groupCode;
    this.status = ProposalStatus.SUBMITTED.name();
    this.currentVersion = 1;
    this.createdAt = Timestamps.toColumn(now);
    take(content, now);
  }

  private void take(Content content, Instant now) {
    this.title = content.title();
    this.body = content.body();
    this.rationale = content.rationale();
    this.updatedAt = Timestamps.toColumn(now);
  }

  /** Makes {@code version} the current one. */
  public void adopt(ProposalVersion version, Instant now) {
    requireOpen();
    this.currentVersion = version.number();
    take(version.content(), now);
  }

  public void hide(String reason, Instant now) {
    this.hiddenReason = Texts.required("reason", reason, 2000);
    this.updatedAt = Timestamps.toColumn(now);
  }

  /** Puts the proposal on the shortlist or takes it off. */
  public void shortlist(boolean on, Instant now) {
    requireOpen();
    this.status = (on ? ProposalStatus.SHORTLISTED : ProposalStatus.SUBMITTED).name();
    this.updatedAt = Timestamps.toColumn(now);
  }

  public void mergeInto(Proposal target, Instant now) {
    ProposalMerge.requireMergeable(target, this);
    this.status = ProposalStatus.MERGED.name();
    this.mergedInto = target.id();
    this.updatedAt = Timestamps.toColumn(now);
  }

  public void decide(boolean accept, String reason, String by, Instant now) {
    requireOpen();
    this.decisionReason = Texts.required("reason", reason, 2000);
    this.status = (accept ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED).name();
    this.decidedBy = by;
    this.decidedAt = Timestamps.toColumn(now);
    this.updatedAt = this.decidedAt;
  }

  private void requireOpen() {
    if (!status().open()) {
      throw new Conflict(
          "proposal-closed", "The proposal is " + status().code() + ": it no longer changes.");
    }
  }

  public Long id() {
    return id;
  }

  public long campaignId() {
    return campaignId;
  }

  public ProposalKind kind() {
    return ProposalKind.valueOf(kind);
  }

  public List<Long> moduleIds() {
    return Groups.split(moduleIds).stream().map(Long::valueOf).toList();
  }

  public Content content() {
    return new Content(title, body, rationale);
  }

  public String title() {
    return title;
  }

  public String authorKey() {
    return authorKey;
  }

  public String groupCode() {
    return groupCode;
  }

  public ProposalStatus status() {
    return ProposalStatus.valueOf(status);
  }

  public int currentVersion() {
    return currentVersion;
  }

  public Optional<Long> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public Optional<String> hiddenReason() {
    return Optional.ofNullable(hiddenReason);
  }

  public boolean hidden() {
    return hiddenReason != null;
  }

  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(Timestamps::fromColumn);
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
