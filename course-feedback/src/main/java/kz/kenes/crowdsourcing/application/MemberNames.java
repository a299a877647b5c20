package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignPerson;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.PersonName;
import kz.kenes.identity.domain.PersonNames;

/**
 * The names of a page's people, looked up together (docs/crowdsourcing.md, "People on the pages"):
 * the LTI members' names in one question to identity's {@link PersonNames}, the guests' in one
 * query of the campaign's members. A key that names nobody known is a neutral participant.
 */
@ApplicationScoped
public class MemberNames {

  private static final String LTI_PREFIX = "lti:";

  @Inject PersonNames personNames;
  @Inject CampaignRepository campaigns;

  /** Each of {@code memberKeys} (nulls ignored) with the name the pages show for it. */
  @Transactional
  public Map<String, PersonName> of(long campaignId, Collection<String> memberKeys) {
    Set<String> keys = new LinkedHashSet<>(memberKeys);
    keys.remove(null);
    Map<Long, String> lti = ltiNames(keys);
    Map<String, CampaignPerson> guests = new HashMap<>();
    List<String> guestKeys =
        keys.stream().filter(k -> k.startsWith(CampaignInvitation.GUEST_PREFIX)).toList();
    if (!guestKeys.isEmpty()) {
      for (CampaignPerson person : campaigns.membersAmong(campaignId, guestKeys)) {
        guests.put(person.memberKey(), person);
      }
    }
    Map<String, PersonName> names = new HashMap<>();
    for (String key : keys) {
      names.put(key, nameOf(key, lti, guests));
    }
    return names;
  }

  /**
   * How a revision record's changes name their approvers ({@code lti-user:<id>}, {@code operator}
   * or a text an administrator wrote), each with the name the pages show: the LTI user's name, the
   * operator, or the text as written.
   */
  @Transactional
  public Map<String, PersonName> approvers(Collection<String> approvedBy) {
    Map<String, String> asKeys = new HashMap<>();
    for (String approver : approvedBy) {
      if (approver != null && approver.matches("lti-user:\\d{1,18}")) {
        asKeys.put(approver, LTI_PREFIX + approver.substring("lti-user:".length()));
      }
    }
    Map<Long, String> lti = ltiNames(new LinkedHashSet<>(asKeys.values()));
    Map<String, PersonName> names = new HashMap<>();
    for (String approver : approvedBy) {
      if (approver == null || approver.isBlank()) {
        continue;
      }
      names.put(
          approver,
          asKeys.containsKey(approver)
              ? nameOf(asKeys.get(approver), lti, Map.of())
              : "operator".equals(approver) ? PersonName.operator() : PersonName.named(approver));
    }
    return names;
  }

  private Map<Long, String> ltiNames(Set<String> keys) {
    List<Long> ids = new ArrayList<>();
    for (String key : keys) {
      Long id = ltiUser(key);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids.isEmpty() ? Map.of() : personNames.of(ids);
  }

  static PersonName nameOf(String key, Map<Long, String> lti, Map<String, CampaignPerson> guests) {
    Long user = ltiUser(key);
    if (user != null) {
      String name = lti.get(user);
      return name == null ? PersonName.participant() : PersonName.named(name);
    }
    CampaignPerson guest = guests.get(key);
    if (guest != null) {
      String given = guest.displayName();
      return given == null || given.isBlank()
          ? PersonName.guest(guest.groupCode(), CampaignInvitation.useOf(key))
          : PersonName.named(given);
    }
    if (CampaignCaller.ADMIN_TOKEN.equals(key)) {
      return PersonName.operator();
    }
    if (CampaignAccess.SCHEDULE.equals(key)) {
      return PersonName.schedule();
    }
    return PersonName.participant();
  }

  /** The LTI user id of an {@code lti:<id>} key; null for another key. */
  static Long ltiUser(String key) {
    if (!key.startsWith(LTI_PREFIX)) {
      return null;
    }
    try {
      return Long.parseLong(key.substring(LTI_PREFIX.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
