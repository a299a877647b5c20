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

  /** A group to choose, by code and name. */
  public record GroupOption(String code, String label) {}

  String page(PageRequest request, long campaignId, int offset, String done, Refusal refusal) {
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
    return views.render("crowdsourcing/members", locale, page.asMap());
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
