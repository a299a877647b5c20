package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalComment;
import kz.kenes.crowdsourcing.domain.ProposalDiff;
import kz.kenes.crowdsourcing.domain.ProposalVersion;
import kz.kenes.crowdsourcing.domain.StageRules;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;

/** Renders a proposal's page ({@code templates/crowdsourcing/proposal.html}). */
@ApplicationScoped
public class ProposalPage {

  @Inject Views views;
  @Inject Proposals proposals;
  @Inject kz.kenes.crowdsourcing.domain.ProposalOrigins origins;
  @Inject PeopleNames people;

  /** A version with its diff from the version in effect before it. */
  public record VersionRow(
      int number,
      String kind,
      String state,
      String author,
      boolean yours,
      String note,
      String at,
      String title,
      List<ProposalDiff.Row> diff,
      String acceptAction,
      String rejectAction) {}

  /** A comment with its replies. */
  public record CommentNode(
      long id,
      String author,
      String group,
      String text,
      boolean hidden,
      String hiddenReason,
      String at,
      List<CommentNode> replies) {}

  /** A group's weighted votes. */
  public record SupportRow(String group, String support) {}

  /** An expert's review with the expert's name. */
  public record ReviewRow(String expert, String strengths, String weaknesses, String decision) {}

  /** A report of abuse with the reporter's name. */
  public record ReportRow(String reporter, String reason) {}

  String page(PageRequest request, long proposalId, String done, Refusal refusal) {
    Locale locale = request.locale();
    Proposals.Detail d = proposals.detail(CampaignCaller.of(request.session()), proposalId);
    Proposal p = d.proposal();
    Campaign c = d.entry().campaign();
    PeopleNames.Names names = people.of(c.id(), keys(d), locale);
    CampaignRole role = d.entry().role();
    String you = d.entry().member().memberKey();
    boolean author = Proposals.isAuthor(d.entry(), p);
    boolean open = p.status().open() && !p.hidden();
    boolean canAmend = open && StageRules.allows(c.stage(), role, CampaignAction.AMEND);
    String path = ProposalPageResource.path(proposalId);
    String lang = locale.getLanguage();
    PageModel page = request.page("proposal.title", path, Map.of());
    List<VersionRow> versions = new ArrayList<>();
    for (Proposals.VersionView v : d.versions()) {
      ProposalVersion version = v.version();
      boolean settles = author && canAmend && version.state() == ProposalVersion.State.PENDING;
      String base = path + "/versions/" + version.number();
      versions.add(
          new VersionRow(
              version.number(),
              version.kind().code(),
              version.state().name().toLowerCase(Locale.ROOT),
              names.of(version.authorKey()),
              version.authorKey().equals(you),
              version.note(),
              CampaignDates.dateTime(version.createdAt(), locale),
              version.content().title(),
              ProposalDiff.rows(v.before(), version.content().body()),
              settles ? base + "/accept" : null,
              settles ? base + "/reject" : null));
    }
    page.with("pageTitle", p.title())
        .with("proposal", p)
        .with("kind", p.kind().code())
        .with("status", p.status().code())
        .with("yourRole", role.code())
        .with("youAreAuthor", author)
        .with("campaignTitle", c.title())
        .with("stage", c.stage().code())
        .with("versions", versions)
        .with("author", names.of(p.authorKey()))
        .with("coAuthors", d.coAuthors().keySet().stream().map(names::of).toList())
        .with("comments", thread(d.comments(), d.entry().staff(), locale, names))
        .with(
            "support",
            d.supportByGroup().entrySet().stream()
                .map(
                    e ->
                        new SupportRow(
                            e.getKey(), e.getValue().stripTrailingZeros().toPlainString()))
                .toList())
        .with("totalSupport", d.support().stripTrailingZeros().toPlainString())
        .with(
            "reviews",
            d.reviews().stream()
                .map(
                    r ->
                        new ReviewRow(
                            names.of(r.expertKey()),
                            r.strengths(),
                            r.weaknesses(),
                            r.decision().code()))
                .toList())
        .with("expertApproved", d.expertApproved())
        .with(
            "reports",
            d.reports().stream()
                .map(r -> new ReportRow(names.of(r.reporterKey()), r.reason()))
                .toList())
        .with("canAmend", canAmend)
        .with(
            "canComment", !p.hidden() && StageRules.allows(c.stage(), role, CampaignAction.COMMENT))
        .with("canReport", StageRules.allows(c.stage(), role, CampaignAction.REPORT))
        .with("canModerate", StageRules.allows(c.stage(), role, CampaignAction.MODERATE))
        .with("versionAction", path + "/versions")
        .with("commentAction", path + "/comments")
        .with("reportAction", path + "/reports")
        .with("hideCommentAction", path + "/comments/")
        .with("done", done)
        .with("origin", origins.of(proposalId).map(o -> o.source()).orElse(null))
        .with("refusal", refusal)
        .with(
            "moderateUrl",
            open && StageRules.allows(c.stage(), role, CampaignAction.MODERATE)
                ? page.link(ModerationPageResource.path(proposalId), Map.of("lang", lang))
                : null)
        .with(
            "mergedIntoUrl",
            p.mergedInto()
                .map(t -> page.link(ProposalPageResource.path(t), Map.of("lang", lang)))
                .orElse(null))
        .with("campaignUrl", page.link(CampaignPageResource.path(c.id()), Map.of("lang", lang)));
    return views.render("crowdsourcing/proposal", locale, page.asMap());
  }

  /** Every person the page names, to look up at once. */
  private static List<String> keys(Proposals.Detail d) {
    List<String> keys = new ArrayList<>();
    keys.add(d.proposal().authorKey());
    keys.addAll(d.coAuthors().keySet());
    d.versions().forEach(v -> keys.add(v.version().authorKey()));
    d.comments().forEach(c -> keys.add(c.authorKey()));
    d.reviews().forEach(r -> keys.add(r.expertKey()));
    d.reports().forEach(r -> keys.add(r.reporterKey()));
    return keys;
  }

  /**
   * The comments as threads: each top-level comment with its replies, oldest first; a hidden
   * comment's text only for moderators ({@code staff}).
   */
  static List<CommentNode> thread(
      List<ProposalComment> comments, boolean staff, Locale locale, PeopleNames.Names names) {
    Map<Long, List<ProposalComment>> byParent = new LinkedHashMap<>();
    for (ProposalComment comment : comments) {
      byParent.computeIfAbsent(comment.parentId().orElse(0L), k -> new ArrayList<>()).add(comment);
    }
    return nodes(byParent, 0L, staff, locale, names, 0);
  }

  private static List<CommentNode> nodes(
      Map<Long, List<ProposalComment>> byParent,
      long parent,
      boolean staff,
      Locale locale,
      PeopleNames.Names names,
      int depth) {
    List<CommentNode> nodes = new ArrayList<>();
    if (depth > 50) {
      return nodes;
    }
    for (ProposalComment c : byParent.getOrDefault(parent, List.of())) {
      nodes.add(
          new CommentNode(
              c.id(),
              names.of(c.authorKey()),
              c.groupCode(),
              c.hiddenReason().isPresent() && !staff ? null : c.body(),
              c.hiddenReason().isPresent(),
              c.hiddenReason().orElse(null),
              CampaignDates.dateTime(c.createdAt(), locale),
              nodes(byParent, c.id(), staff, locale, names, depth + 1)));
    }
    return nodes;
  }
}
