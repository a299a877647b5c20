package kz.kenes.crowdsourcing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.domain.ProposalComment;
import kz.kenes.crowdsourcing.domain.ProposalRepository;

/**
 * One proposal with its versions (each with the diff from the version in effect before it), its
 * comments (a hidden comment's text only for moderators), co-authors, rating, reviews (for staff,
 * experts and the author), weighted support per group and reports (for moderators).
 */
public record ProposalDetailView(
    ProposalView proposal,
    String yourRole,
    List<VersionView> versions,
    List<CommentView> comments,
    Map<String, String> coAuthors,
    BigDecimal usefulness,
    int ratings,
    List<ReviewView> reviews,
    boolean expertApproved,
    BigDecimal support,
    Map<String, BigDecimal> supportByGroup,
    List<ReportView> reports) {

  /** A version. */
  public record VersionView(
      int number,
      String kind,
      String state,
      String author,
      String note,
      String title,
      String text,
      String rationale,
      String diff,
      Instant createdAt) {}

  /** A comment. */
  public record CommentView(
      long id,
      Long parentId,
      String author,
      String group,
      String text,
      boolean hidden,
      String hiddenReason,
      Instant createdAt) {}

  /** An expert's review. */
  public record ReviewView(String expert, String strengths, String weaknesses, String decision) {}

  /** A report of abuse. */
  public record ReportView(Long commentId, String reporter, String reason, Instant at) {}

  public static ProposalDetailView of(Proposals.Detail d) {
    boolean staff = d.entry().staff();
    return new ProposalDetailView(
        ProposalView.of(d.proposal()),
        d.entry().role().code(),
        d.versions().stream()
            .map(
                v ->
                    new VersionView(
                        v.version().number(),
                        v.version().kind().code(),
                        v.version().state().name().toLowerCase(java.util.Locale.ROOT),
                        v.version().authorKey(),
                        v.version().note(),
                        v.version().content().title(),
                        v.version().content().body(),
                        v.version().content().rationale(),
                        v.diff(),
                        v.version().createdAt()))
            .toList(),
        d.comments().stream().map(c -> comment(c, staff)).toList(),
        d.coAuthors(),
        d.rating().map(ProposalRepository.Rating::mean).orElse(null),
        d.rating().map(ProposalRepository.Rating::count).orElse(0),
        d.reviews().stream()
            .map(
                r ->
                    new ReviewView(
                        r.expertKey(), r.strengths(), r.weaknesses(), r.decision().code()))
            .toList(),
        d.expertApproved(),
        d.support(),
        d.supportByGroup(),
        d.reports().stream()
            .map(
                r ->
                    new ReportView(
                        r.commentId().orElse(null), r.reporterKey(), r.reason(), r.createdAt()))
            .toList());
  }

  private static CommentView comment(ProposalComment c, boolean staff) {
    boolean hidden = c.hiddenReason().isPresent();
    return new CommentView(
        c.id(),
        c.parentId().orElse(null),
        c.authorKey(),
        c.groupCode(),
        hidden && !staff ? null : c.body(),
        hidden,
        c.hiddenReason().orElse(null),
        c.createdAt());
  }
}
