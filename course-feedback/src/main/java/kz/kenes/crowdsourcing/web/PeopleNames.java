package kz.kenes.crowdsourcing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kenes.crowdsourcing.application.MemberNames;
import kz.kenes.crowdsourcing.domain.PersonName;
import kz.kenes.platform.i18n.Messages;

/**
 * The names a campaign page shows for its people, in the page's language (docs/crowdsourcing.md,
 * "People on the pages"): a page gathers every member key it shows, asks {@link MemberNames} once,
 * and renders names, never keys. Templates escape the names like any other text.
 */
@ApplicationScoped
public class PeopleNames {

  /** A member key inside a text (an audit entry's detail names the member a role was given). */
  static final Pattern KEY = Pattern.compile("\\b(?:lti:\\d+|inv:\\d+:\\d+)\\b");

  @Inject MemberNames memberNames;
  @Inject Messages messages;

  /** The names of one page: member key to the text shown. */
  public record Names(Map<String, String> byKey, String participant) {

    /** The name shown for {@code key}; the neutral participant label for one not asked about. */
    public String of(String key) {
      return key == null ? participant : byKey.getOrDefault(key, participant);
    }

    /** {@code text} with each member key in it replaced by its name. */
    public String in(String text) {
      if (text == null) {
        return null;
      }
      Matcher keys = KEY.matcher(text);
      StringBuilder named = new StringBuilder();
      while (keys.find()) {
        keys.appendReplacement(named, Matcher.quoteReplacement(of(keys.group())));
      }
      keys.appendTail(named);
      return named.toString();
    }
  }

  /**
   * The names of {@code keys} of the campaign's people, and of the member keys in {@code texts}.
   */
  public Names of(long campaignId, Collection<String> keys, Locale locale) {
    Map<String, PersonName> names = memberNames.of(campaignId, keys);
    Map<String, String> shown = new HashMap<>();
    names.forEach((key, name) -> shown.put(key, text(name, locale)));
    return new Names(shown, messages.text(locale, "crowdp.person.participant"));
  }

  /** The names of the approvers of a revision's changes (see {@link MemberNames#approvers}). */
  public Names approvers(Collection<String> approvedBy, Locale locale) {
    Map<String, String> shown = new HashMap<>();
    memberNames.approvers(approvedBy).forEach((key, name) -> shown.put(key, text(name, locale)));
    return new Names(shown, messages.text(locale, "crowdp.person.participant"));
  }

  /** The member keys in free texts (audit details), to ask about with the rest of a page. */
  static List<String> keysIn(Collection<String> texts) {
    List<String> keys = new ArrayList<>();
    for (String text : texts) {
      if (text != null) {
        Matcher found = KEY.matcher(text);
        while (found.find()) {
          keys.add(found.group());
        }
      }
    }
    return keys;
  }

  private String text(PersonName name, Locale locale) {
    return switch (name.kind()) {
      case NAMED -> name.name();
      case GUEST ->
          messages.text(
              locale,
              "crowdp.person.guest",
              groupLabel(messages, locale, name.group()),
              String.valueOf(name.number()));
      case OPERATOR -> messages.text(locale, "crowdp.person.operator");
      case SCHEDULE -> messages.text(locale, "crowdp.person.schedule");
      case PARTICIPANT -> messages.text(locale, "crowdp.person.participant");
    };
  }

  /**
   * A stakeholder group's name in the language ({@code Employers}); the code for an unknown one.
   */
  static String groupLabel(Messages messages, Locale locale, String code) {
    if (code == null) {
      return "";
    }
    String key = "crowdp.group." + code;
    String label = messages.text(locale, key);
    return key.equals(label) ? code : label;
  }
}
