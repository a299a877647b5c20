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
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * One version of a proposal, kept for ever with its author. The author's own edits and a
 * moderator's take effect at once; another member's amendment (external assimilation: it only adds
 * to the text) or rework (external accommodation: it changes it) waits for the author, who accepts
 * or rejects it.
 */
@Entity
@Table(name = "proposal_version")
public class ProposalVersion {

  /** How a version came about. */
  public enum Kind {
    ORIGINAL,
    EDIT,
    AMENDMENT,
    REWORK,
    MODERATION;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind ofOthers(String code) {
      if ("amendment".equals(code)) {
        return AMENDMENT;
      }
      if ("rework".equals(code)) {
        return REWORK;
      }
      throw new InvalidInput(
          "kind", "A version by another member is an 'amendment' or a 'rework'.");
    }
  }

  /** Whether the version is in effect, waits for the author, or was declined. */
  public enum State {
    ACCEPTED,
    PENDING,
    REJECTED
  }

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "version_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String state;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String rationale;

  @Column(name = "author_key", nullable = false)
  private String authorKey;

  @Column(nullable = false)
  private String note;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected ProposalVersion() {}

  private ProposalVersion(
      Long proposalId,
      int number,
      Kind kind,
      State state,
      Proposal.Content content,
      String authorKey,
      String note,
      Instant now) {
    this.proposalId = proposalId;
    this.number = number;
    this.kind = kind.name();
    this.state = state.name();
    this.title = content.title();
    this.body = content.body();
    this.rationale = content.rationale();
    this.authorKey = authorKey;
    this.note = Texts.optional("note", note, 2000);
    this.createdAt = Timestamps.toColumn(now);
  }

  /** Version 1: the proposal as submitted. */
  public static ProposalVersion original(Proposal proposal, Instant now) {
    return new ProposalVersion(
        proposal.id(),
        1,
        Kind.ORIGINAL,
        State.ACCEPTED,
        proposal.content(),
        proposal.authorKey(),
        "",
        now);
  }

  /**
   * A new version {@code number} of {@code proposal} by {@code authorKey}: in effect at once when
   * the author or a moderator writes it, else pending. An amendment must keep every line of the
   * current text ({@code amendment-changes-text}, 400 otherwise).
   */
  public static ProposalVersion of(
      Proposal proposal,
      int number,
      Kind kind,
      Proposal.Content content,
      String authorKey,
      String note,
      Instant now) {
    if (kind == Kind.AMENDMENT
        && !ProposalDiff.onlyAdds(proposal.content().body(), content.body())) {
      throw new InvalidInput(
          "amendment-changes-text",
          "An amendment only adds to the text: keep every line of the current version, or send a"
              + " rework.",
          java.util.Map.of("text", "An amendment keeps every line of the current text."));
    }
    State state = kind == Kind.AMENDMENT || kind == Kind.REWORK ? State.PENDING : State.ACCEPTED;
    return new ProposalVersion(proposal.id(), number, kind, state, content, authorKey, note, now);
  }

  /** The proposal's author accepts or rejects this pending version. */
  public void settle(boolean accept) {
    if (state() != State.PENDING) {
      throw new Conflict(
          "version-settled",
          "Version " + number + " is already " + state.toLowerCase(Locale.ROOT) + ".");
    }
    this.state = (accept ? State.ACCEPTED : State.REJECTED).name();
  }

  public Long id() {
    return id;
  }

  public long proposalId() {
    return proposalId;
  }

  public int number() {
    return number;
  }

  public Kind kind() {
    return Kind.valueOf(kind);
  }

  public State state() {
    return State.valueOf(state);
  }

  public Proposal.Content content() {
    return new Proposal.Content(title, body, rationale);
  }

  public String authorKey() {
    return authorKey;
  }

  public String note() {
    return note;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
