package kz.kenes.crowdsourcing.domain;

import java.util.Objects;

/**
 * How the pages name a person of a campaign instead of their member key (docs/crowdsourcing.md,
 * "People on the pages"): by the name Kenes knows ({@link Kind#NAMED}: an LTI member's name from
 * their launches, a guest's name given when joining); a guest who gave none by their group and the
 * number of their use of the link ("Guest (Employers) #3"); the operator's admin token and the
 * campaign's schedule by what they are; anyone else as a neutral "Participant". The pages turn the
 * kinds other than {@code NAMED} into words of their language.
 *
 * @param name the name, for {@code NAMED} only
 * @param group the guest's stakeholder group, for {@code GUEST} only
 * @param number the guest's use of their link, for {@code GUEST} only
 */
public record PersonName(Kind kind, String name, String group, int number) {

  /** What is known of the person. */
  public enum Kind {
    NAMED,
    GUEST,
    PARTICIPANT,
    OPERATOR,
    SCHEDULE
  }

  public PersonName {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.NAMED && (name == null || name.isBlank())) {
      throw new IllegalArgumentException("A named person has a name.");
    }
  }

  public static PersonName named(String name) {
    return new PersonName(Kind.NAMED, name, null, 0);
  }

  public static PersonName guest(String group, int number) {
    return new PersonName(Kind.GUEST, null, group, number);
  }

  public static PersonName participant() {
    return new PersonName(Kind.PARTICIPANT, null, null, 0);
  }

  public static PersonName operator() {
    return new PersonName(Kind.OPERATOR, null, null, 0);
  }

  public static PersonName schedule() {
    return new PersonName(Kind.SCHEDULE, null, null, 0);
  }
}
