package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignAccess;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.Proposals;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignStage;
import kz.kenes.crowdsourcing.domain.ProposalKind;
import kz.kenes.crowdsourcing.domain.StageRules;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.application.ProgramCatalog;

/**
 * Renders a campaign's page ({@code templates/crowdsourcing/campaign.html}) and its public page.
 */
@ApplicationScoped
public class CampaignPages {

  static final int PAGE_SIZE = 20;

  @Inject Views views;
  @Inject Proposals proposals;
  @Inject PeopleNames people;
  @Inject ProgramCatalog programs;

  /** A module a proposal may name: its id (posted), code and title, and whether it was chosen. */
  public record ModuleOption(long id, String code, String title, boolean chosen) {}

  /** A stage with its start, as the page lists the schedule. */
  public record StageRow(String stage, String startsAt, boolean current) {}

  /** A group's vote weight. */
  public record WeightRow(String group, String weight) {}

  /** A proposal as the page lists it. */
  public record ProposalRow(
      long id,
      String kind,
      String title,
      String text,
      String group,
      String author,
      String status,
      String support,
      boolean onBallot,
      String voteAction,
      String proposalUrl) {}

  String page(
      PageRequest request,
      long campaignId,
      int offset,
      Map<String, String> form,
      Map<String, String> errors,
      String done,
      Refusal refusal) {
    Locale locale = request.locale();
    CampaignCaller caller = CampaignCaller.of(request.session());
    Proposals.Listing listing = proposals.list(caller, campaignId, offset, PAGE_SIZE);
    CampaignAccess.Entry entry = listing.entry();
    Campaign c = entry.campaign();
    String path = CampaignPageResource.path(campaignId);
    PageModel page = request.page("campaign.title", path, Map.of());
    boolean canVote = StageRules.allows(c.stage(), entry.role(), CampaignAction.VOTE);
    boolean canPropose = StageRules.allows(c.stage(), entry.role(), CampaignAction.PROPOSE);
    List<Proposals.BoardItem> board = proposals.board(listing);
    PeopleNames.Names names =
        people.of(
            campaignId, board.stream().map(item -> item.proposal().authorKey()).toList(), locale);
    List<ProposalRow> rows =
        board.stream()
            .map(
                item ->
                    new ProposalRow(
                        item.proposal().id(),
                        item.proposal().kind().code(),
                        item.proposal().title(),
                        item.proposal().content().body(),
                        item.proposal().groupCode(),
                        names.of(item.proposal().authorKey()),
                        item.proposal().status().code(),
                        item.support().stripTrailingZeros().toPlainString(),
                        canVote && item.onBallot(),
                        path + "/proposals/" + item.proposal().id() + "/vote",
                        page.link(
                            ProposalPageResource.path(item.proposal().id()),
                            Map.of("lang", locale.getLanguage()))))
            .toList();
    describe(page, c, locale);
    page.with("pageTitle", c.title())
        .with("yourRole", entry.role().code())
        .with("proposals", rows)
        .with("canPropose", canPropose)
        .with("kinds", List.of(ProposalKind.values()).stream().map(ProposalKind::code).toList())
        .with("proposalForm", form)
        .with("modules", canPropose ? modules(c, form) : List.of())
        .with("proposalErrors", errors)
        .with("proposeAction", path + "/proposals")
        .with("done", done)
        .with("refusal", refusal)
        .with("offset", offset)
        .with("publicUrl", PublicCampaignResource.path(campaignId))
        .with("deskUrl", deskLink(page, entry, locale))
        .with("reviewsUrl", reviewsLink(page, entry, locale))
        .with(
            "notificationsUrl",
            entry.member().memberKey().equals(CampaignCaller.ADMIN_TOKEN)
                ? null
                : page.link(NotificationPagesResource.PATH, Map.of()))
        .with("backUrl", page.link("/app", Map.of("lang", locale.getLanguage())))
        .withPager(
            offset,
            rows.size(),
            PAGE_SIZE,
            listing.total(),
            start -> page.link(path, PageModel.offsetQuery(start)));
    return views.render("crowdsourcing/campaign", locale, page.asMap());
  }

  /**
   * The modules a proposal of the campaign may name: the campaign's own, else all of its program's,
   * in the program's order; those the refused form chose marked.
   */
  private List<ModuleOption> modules(Campaign c, Map<String, String> form) {
    List<String> chosen =
        List.of(form.getOrDefault("moduleIds", "").split(",")).stream().map(String::strip).toList();
    return programs.find(c.programId()).modules().stream()
        .filter(m -> c.moduleIds().isEmpty() || c.moduleIds().contains(m.id()))
        .map(
            m ->
                new ModuleOption(
                    m.id(), m.code(), m.title(), chosen.contains(String.valueOf(m.id()))))
        .toList();
  }

  /** The link to the organisers' and facilitators' desk, for them only; null for others. */
  static String deskLink(PageModel page, CampaignAccess.Entry entry, Locale locale) {
    return entry.staff()
        ? page.link(
            CampaignDeskResource.path(entry.campaign().id()), Map.of("lang", locale.getLanguage()))
        : null;
  }

  /** The link to the experts' page, for the campaign's experts only; null for others. */
  static String reviewsLink(PageModel page, CampaignAccess.Entry entry, Locale locale) {
    return entry.role() == kz.kenes.crowdsourcing.domain.CampaignRole.EXPERT
        ? page.link(
            ExpertReviewResource.path(entry.campaign().id()), Map.of("lang", locale.getLanguage()))
        : null;
  }

  /** The campaign's own variables, shared with the public page. */
  static void describe(PageModel page, Campaign c, Locale locale) {
    List<StageRow> stages = new ArrayList<>();
    for (CampaignStage stage : CampaignStage.values()) {
      stages.add(
          new StageRow(
              stage.code(),
              CampaignDates.dateTime(c.schedule().startOf(stage).orElse(null), locale),
              stage == c.stage()));
    }
    page.with("campaign", c)
        .with("stage", c.stage().code())
        .with(
            "stageEndsAt",
            CampaignDates.dateTime(c.schedule().endOf(c.stage()).orElse(null), locale))
        .with("stages", stages)
        .with(
            "keyQuestions",
            c.keyQuestions().isEmpty() ? List.of() : List.of(c.keyQuestions().split("\n")))
        .with("governance", c.governance().code())
        .with("votesPerParticipant", c.voteRules().votesPerParticipant())
        .with(
            "weights",
            c.groups().stream()
                .map(
                    g ->
                        new WeightRow(
                            g, c.voteRules().weightOf(g).stripTrailingZeros().toPlainString()))
                .toList());
  }
}
