package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignCaller;
import kz.kenes.crowdsourcing.application.CampaignRoles;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignPerson;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Groups;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.i18n.Messages;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;

/** Renders a campaign's members page ({@code templates/crowdsourcing/members.html}). */
@ApplicationScoped
public class CampaignMembersPage {

  static final int PAGE_SIZE = 20;

  @Inject Views views;
  @Inject CampaignRoles roles;
  @Inject PeopleNames people;
  @Inject Messages messages;

  /**
   * A person on the page: the key its forms post (never shown), the name, whether a guest, the
   * group and its name, the given role (null: the role their course gives them).
   */
  public record Row(
      String key,
      String name,
      boolean guest,
      String group,
      String groupLabel,
      String role,
      boolean canTake) {}

  /** A person of the campaign's courses found by name: their Kenes user number and name. */
  public record FoundRow(long userRef, String name) {}

  /** A search of the campaign's courses' people: the name asked for, from which result. */
  public record Search(String name, int offset) {
    static final Search NONE = new Search(null, 0);

    boolean asked() {
      return name != null && !name.isBlank();
    }
  }

  /** A group to choose, by code and name. */
  public record GroupOption(String code, String label) {}

  String page(PageRequest request, long campaignId, int offset, String done, Refusal refusal) {
    return page(request, campaignId, offset, done, refusal, Search.NONE, null);
  }

  /**
   * The page with the people of the campaign's courses {@code search} found ({@code found}, null
   * when there was no search or it was refused).
   */
  String page(
      PageRequest request,
      long campaignId,
      int offset,
      String done,
      Refusal refusal,
      Search search,
      CampaignRoles.Found found) {
    Locale locale = request.locale();
    CampaignRoles.People listed =
        roles.people(CampaignCaller.of(request.session()), campaignId, offset, PAGE_SIZE);
    Campaign c = listed.entry().campaign();
    PeopleNames.Names names =
        people.of(
            campaignId, listed.items().stream().map(CampaignPerson::memberKey).toList(), locale);
    List<Row> rows =
        listed.items().stream()
            .map(
                p ->
                    new Row(
                        p.memberKey(),
                        names.of(p.memberKey()),
                        p.guest(),
                        p.groupCode(),
                        PeopleNames.groupLabel(messages, locale, p.groupCode()),
                        p.givenRole().map(CampaignRole::code).orElse(null),
                        p.givenRole().isPresent() && !p.guest()))
            .toList();
    String path = CampaignMembersPageResource.path(campaignId);
    PageModel page = request.page("crowdp.members.title", path, Map.of());
    String lang = locale.getLanguage();
    page.with("pageTitle", c.title())
        .with("campaign", c)
        .with("rows", rows)
        .with("roles", CampaignMembersPageResource.ROLES.stream().map(CampaignRole::code).toList())
        .with("groups", groups(c, locale))
        .with("done", done)
        .with("refusal", refusal)
        .with("offset", offset)
        .with("roleAction", path + "/role")
        .with("userAction", path + "/user")
        .with("takeAction", path + "/take")
        .with("deskUrl", page.link(CampaignDeskResource.path(campaignId), Map.of("lang", lang)))
        .withPager(
            offset,
            rows.size(),
            PAGE_SIZE,
            listed.total(),
            start -> page.link(path, PageModel.offsetQuery(start)));
    found(page, path, offset, search, found);
    return views.render("crowdsourcing/members", locale, page.asMap());
  }

  /** The search form's name and its results, 20 a page, with links to the pages around. */
  private static void found(
      PageModel page, String path, int offset, Search search, CampaignRoles.Found found) {
    page.with("findAction", path)
        .with("findName", search.name())
        .with("findAsked", search.asked())
        .with(
            "found",
            found == null
                ? List.of()
                : found.people().items().stream()
                    .map(p -> new FoundRow(p.userRef(), p.name()))
                    .toList())
        .with("foundTotal", found == null ? 0 : found.people().total())
        .with("foundFrom", search.offset() + 1)
        .with("foundPrevious", null)
        .with("foundNext", null);
    if (found == null) {
      return;
    }
    int shown = found.people().items().size();
    page.with("foundTo", search.offset() + shown);
    if (search.offset() > 0) {
      page.with(
          "foundPrevious",
          page.link(path, findQuery(search.name(), Math.max(0, search.offset() - PAGE_SIZE))));
    }
    if (search.offset() + shown < found.people().total()) {
      page.with("foundNext", page.link(path, findQuery(search.name(), search.offset() + shown)));
    }
  }

  private static Map<String, String> findQuery(String name, int findOffset) {
    return findOffset <= 0
        ? Map.of("find", name)
        : Map.of("find", name, "findOffset", String.valueOf(findOffset));
  }

  private List<GroupOption> groups(Campaign c, Locale locale) {
    List<GroupOption> groups = new ArrayList<>();
    for (String code : c.groups()) {
      groups.add(new GroupOption(code, PeopleNames.groupLabel(messages, locale, code)));
    }
    if (!c.groups().contains(Groups.STAFF)) {
      groups.add(
          new GroupOption(Groups.STAFF, PeopleNames.groupLabel(messages, locale, Groups.STAFF)));
    }
    return groups;
  }
}
