package kz.kenes.survey.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A link that lets people without an LMS account (employers, graduates, or another stakeholder
 * group) rate the modules of one program: all of them, or the ones the link names. It follows the
 * rules of a survey {@link Invitation}: the group is fixed by the link, the link takes one
 * respondent or up to a number of them, expires, can be withdrawn, and only the SHA-256 of its
 * token is stored. A respondent is one person answering through it (one submission id); each
 * respondent counts one use however many modules they rate.
 */
@Entity
@Table(name = "module_feedback_link")
public class ModuleFeedbackLink {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  private String label;

  @Column(name = "max_uses", nullable = false)
  private int maxUses;

  @Column(nullable = false)
  private int uses;

  @Column(nullable = false)
  private boolean anonymous;

  @Column(name = "context_ref")
  private Long contextRef;

  @Column(name = "form_id")
  private String formId;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "module_feedback_link_module",
      joinColumns = @JoinColumn(name = "link_id"))
  @Column(name = "module_id")
  private Set<Long> moduleIds = new LinkedHashSet<>();

  protected ModuleFeedbackLink() {}

  /**
   * A new link.
   *
   * @param moduleIds the modules it asks about; empty for every module of the program
   * @param contextRef the course it was made from; null for none
   */
  public ModuleFeedbackLink(
      long programId,
      List<Long> moduleIds,
      String tokenHash,
      String groupCode,
      String label,
      int maxUses,
      boolean anonymous,
      Long contextRef,
      String formId,
      Instant expiresAt,
      Instant now) {
    this.programId = programId;
    this.moduleIds.addAll(moduleIds);
    this.tokenHash = tokenHash;
    this.groupCode = groupCode;
    this.label = label;
    this.maxUses = maxUses;
    this.anonymous = anonymous;
    this.contextRef = contextRef;
    this.formId = formId;
    this.expiresAt = Timestamps.toColumn(expiresAt);
    this.createdAt = Timestamps.toColumn(now);
  }

  private static final LinkTerms.Wording WORDING =
      new LinkTerms.Wording("the people who sent it", "respondents");

  /** The link's uses, expiry and withdrawal, under the rules every link follows. */
  public LinkTerms terms() {
    return new LinkTerms(maxUses, uses, expiresAt(), revokedAt().orElse(null));
  }

  /** {@code active}, {@code used-up}, {@code expired} or {@code revoked}. */
  public String state(Instant now) {
    return terms().state(now);
  }

  /** Refuses ({@link InvitationUnavailable}, 410) when the link takes no new respondent now. */
  public void requireAvailable(Instant now) {
    terms().requireAvailable(now, WORDING);
  }

  /**
   * Refuses ({@link InvitationUnavailable}, 410) a change of ratings made through the link once it
   * is withdrawn or expired; a used-up link still lets its respondents change their answers.
   */
  public void requireChangeable(Instant now) {
    terms().requireChangeable(now, WORDING);
  }

  /** Whether the link asks about the module {@code moduleId} of its program. */
  public boolean asksAbout(long moduleId, List<Long> programModules) {
    return programModules.contains(moduleId)
        && (moduleIds.isEmpty() || moduleIds.contains(moduleId));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = Timestamps.toColumn(now);
    }
  }

  public Long id() {
    return id;
  }

  public long programId() {
    return programId;
  }

  /** The modules the link names; empty when it asks about every module of the program. */
  public Set<Long> moduleIds() {
    return Set.copyOf(moduleIds);
  }

  public String groupCode() {
    return groupCode;
  }

  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  public int maxUses() {
    return maxUses;
  }

  public int uses() {
    return uses;
  }

  public boolean anonymous() {
    return anonymous;
  }

  public Optional<Long> contextRef() {
    return Optional.ofNullable(contextRef);
  }

  public Instant expiresAt() {
    return Timestamps.fromColumn(expiresAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(Timestamps.fromColumn(revokedAt));
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
