package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignDesks;
import kz.kenes.crowdsourcing.application.ProposalIntegration;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalFilter;
import kz.kenes.crowdsourcing.domain.ProposalStatus;
import kz.kenes.crowdsourcing.domain.StageRules;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;

/** Renders the organisers' and facilitators' desk ({@code templates/crowdsourcing/desk.html}). */
@ApplicationScoped
public class CampaignDeskPage {

  static final int PAGE_SIZE = 20;

  @Inject Views views;
  @Inject CampaignDesks desks;
  @Inject PeopleNames people;
  @Inject ProposalIntegration integration;

  /** A revision record that came from the campaign, as the desk links it. */
  public record RevisionLink(String title, boolean sealed, String url) {}

  /** The desk's query: the filter as typed and parsed, a proposal to find similar ones of. */
  public record Query(
      String status, String group, String hidden, ProposalFilter filter, Long similar, int offset) {

    /** The query a desk form carried back (its hidden fields), for the page that shows it again. */
    static Query posted(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
      String status = form.getFirst("status");
      String group = form.getFirst("group");
      String hidden = form.getFirst("hidden");
      return new Query(
          status,
          group,
          hidden,
          ProposalFilter.of(status, group, hidden),
          null,
          kz.kenes.platform.web.QueryInts.pageOffset(form.getFirst("offset")));
    }

    Map<String, String> asMap() {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("status", blankToNull(status));
      query.put("group", blankToNull(group));
      query.put("hidden", blankToNull(hidden));
      return query;
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  /** A proposal on the desk with the forms its stage allows. */
  public record Row(
      long id,
      String title,
      String text,
      String kind,
      String group,
      String author,
      String status,
      boolean hidden,
      String hiddenReason,
      Long mergedInto,
      String decisionReason,
      String support,
      String rating,
      int ratings,
      int approvals,
      int rejections,
      boolean expertApproved,
      boolean open,
      String proposalUrl,
      String similarUrl,
      String action) {}

  /** A proposal similar to the chosen one, with merge forms both ways. */
  public record SimilarRow(
      long id, String title, String score, String proposalUrl, String mergeIntoChosen) {}

  /** A report of abuse. */
  public record ReportRow(
      long proposalId, Long commentId, String reporter, String reason, String at, String url) {}

  /** An audit entry. */
  public record AuditRow(String at, String actor, String action, String detail) {}

  /**
   * The revision records accepted proposals of the campaign opened, for its organisers (who
   * administer the program's university, so the revision pages let them in); none for others.
   */
  private List<RevisionLink> revisions(
      PageModel page, CampaignCaller caller, CampaignRole role, long campaignId, String lang) {
    if (role != CampaignRole.ORGANISER || caller.session().isEmpty()) {
      return List.of();
    }
    return integration.revisions(caller, campaignId).stream()
        .map(
            r ->
                new RevisionLink(
                    r.title(),
                    r.isSealed(),
                    page.link(
                        RevisionPages.historyPath(r.programId()) + "/" + r.id(),
                        Map.of("lang", lang))))
        .toList();
  }

  String page(PageRequest request, long campaignId, Query query, String done, Refusal refusal) {
    Locale locale = request.locale();
    CampaignCaller caller = CampaignCaller.of(request.session());
    CampaignDesks.Desk desk =
        desks.desk(caller, campaignId, query.filter(), query.offset(), PAGE_SIZE);
    Campaign c = desk.entry().campaign();
    CampaignRole role = desk.entry().role();
    String path = CampaignDeskResource.path(campaignId);
    PageModel page = request.page("desk.title", path, query.asMap());
    String lang = locale.getLanguage();
    PeopleNames.Names names = names(desk, campaignId, locale);
    List<Row> rows =
        desk.items().stream().map(item -> row(page, path, item, query, lang, names)).toList();
    CampaignPages.describe(page, c, locale);
    page.with("pageTitle", c.title())
        .with(
            "ideasUrl",
            role == CampaignRole.ORGANISER
                ? page.link(CampaignIdeasPageResource.path(campaignId), Map.of())
                : null)
        .with("yourRole", role.code())
        .with("rows", rows)
        .with("done", done)
        .with("refusal", refusal)
        .with(
            "statuses",
            List.of(ProposalStatus.values()).stream().map(ProposalStatus::code).toList())
        .with("groups", groups(c))
        .with("query", query)
        .with("filterAction", path)
        .with("canMerge", StageRules.allows(c.stage(), role, CampaignAction.MERGE))
        .with("canRate", StageRules.allows(c.stage(), role, CampaignAction.RATE))
        .with("canShortlist", StageRules.allows(c.stage(), role, CampaignAction.SHORTLIST))
        .with("canModerate", StageRules.allows(c.stage(), role, CampaignAction.MODERATE))
        .with("canDecide", StageRules.allows(c.stage(), role, CampaignAction.DECIDE))
        .with(
            "nextStage",
            StageRules.allows(c.stage(), role, CampaignAction.MOVE_STAGE)
                ? c.stage().next().map(s -> s.code()).orElse(null)
                : null)
        .with("stageAction", path + "/stage")
        .with(
            "reports",
            desk.reports().stream().map(r -> report(page, r, locale, lang, names)).toList())
        .with(
            "audit",
            desk.audit().stream()
                .map(
                    a ->
                        new AuditRow(
                            CampaignDates.dateTime(a.createdAt(), locale),
                            names.of(a.actorKey()),
                            a.action(),
                            names.in(a.detail())))
                .toList())
        .with("campaignUrl", page.link(CampaignPageResource.path(campaignId), Map.of("lang", lang)))
        .with(
            "membersUrl",
            role == CampaignRole.ORGANISER
                ? page.link(CampaignMembersPageResource.path(campaignId), Map.of("lang", lang))
                : null)
        .with(
            "invitationsUrl",
            role == CampaignRole.ORGANISER
                ? page.link(CampaignInvitationPagesResource.path(campaignId), Map.of("lang", lang))
                : null)
        .with("revisions", revisions(page, caller, role, campaignId, lang));
    similar(page, caller, campaignId, query, path, lang);
    Map<String, String> pagerQuery = query.asMap();
    page.withPager(
        query.offset(),
        rows.size(),
        PAGE_SIZE,
        desk.total(),
        start -> {
          Map<String, String> q = new LinkedHashMap<>(pagerQuery);
          q.putAll(PageModel.offsetQuery(start));
          return page.link(path, q);
        });
    return views.render("crowdsourcing/desk", locale, page.asMap());
  }

  private void similar(
      PageModel page,
      CampaignCaller caller,
      long campaignId,
      Query query,
      String path,
      String lang) {
    if (query.similar() == null) {
      return;
    }
    Proposal chosen = desks.ofCampaign(campaignId, query.similar());
    List<SimilarRow> similar =
        desks.similarTo(caller, campaignId, chosen.id()).stream()
            .map(
                s ->
                    new SimilarRow(
                        s.proposal().id(),
                        s.proposal().title(),
                        String.format(Locale.ROOT, "%.2f", s.score()),
                        page.link(
                            ProposalPageResource.path(s.proposal().id()), Map.of("lang", lang)),
                        path + "/proposals/" + s.proposal().id() + "/merge"))
            .toList();
    page.with("chosen", chosen).with("similar", similar);
  }

  /** Every person the desk names (authors, reporters, the audit's actors and details), at once. */
  private PeopleNames.Names names(CampaignDesks.Desk desk, long campaignId, Locale locale) {
    List<String> keys = new ArrayList<>();
    desk.items().forEach(item -> keys.add(item.proposal().authorKey()));
    desk.reports().forEach(r -> keys.add(r.reporterKey()));
    desk.audit().forEach(a -> keys.add(a.actorKey()));
    keys.addAll(PeopleNames.keysIn(desk.audit().stream().map(CampaignAuditEntry::detail).toList()));
    return people.of(campaignId, keys, locale);
  }

  private static List<String> groups(Campaign c) {
    List<String> groups = new ArrayList<>(c.groups());
    if (!groups.contains(Groups.STAFF)) {
      groups.add(Groups.STAFF);
    }
    return groups;
  }

  private static Row row(
      PageModel page,
      String path,
      CampaignDesks.DeskItem item,
      Query query,
      String lang,
      PeopleNames.Names names) {
    Proposal p = item.proposal();
    Map<String, String> similarQuery = new LinkedHashMap<>(query.asMap());
    similarQuery.put("similar", String.valueOf(p.id()));
    similarQuery.put("lang", lang);
    return new Row(
        p.id(),
        p.title(),
        p.content().body(),
        p.kind().code(),
        p.groupCode(),
        names.of(p.authorKey()),
        p.status().code(),
        p.hidden(),
        p.hiddenReason().orElse(null),
        p.mergedInto().orElse(null),
        p.decisionReason().orElse(null),
        item.support().stripTrailingZeros().toPlainString(),
        item.rating().map(r -> r.mean().stripTrailingZeros().toPlainString()).orElse(null),
        item.rating().map(r -> r.count()).orElse(0),
        item.approvals(),
        item.rejections(),
        item.expertApproved(),
        p.status().open(),
        page.link(ProposalPageResource.path(p.id()), Map.of("lang", lang)),
        page.link(path, similarQuery) + "#similar-heading",
        path + "/proposals/" + p.id());
  }

  private static ReportRow report(
      PageModel page,
      kz.kenes.crowdsourcing.domain.ProposalReport r,
      Locale locale,
      String lang,
      PeopleNames.Names names) {
    return new ReportRow(
        r.proposalId(),
        r.commentId().orElse(null),
        names.of(r.reporterKey()),
        r.reason(),
        CampaignDates.dateTime(r.createdAt(), locale),
        page.link(ProposalPageResource.path(r.proposalId()), Map.of("lang", lang)));
  }
}
