package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings.Setting;
import kz.kenes.identity.domain.PersonAddresses;

/**
 * Who a notification's mail goes to (ADR 0029): the member key names the person; an LTI user's
 * address and language are those of their latest launch ({@code email}, {@code locale}), a guest's
 * the ones they gave when joining. Nobody is written to who has no address, whose address is
 * malformed or who turned the mails off.
 */
@ApplicationScoped
public class MailRecipients {

  /** What a mail to an address needs: a plain address, a greeting name, a language. */
  public record Recipient(String email, String name, String locale, String unsubscribeToken) {}

  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z0-9-]{2,63}");

  @Inject NotificationMailSettings settings;
  @Inject PersonAddresses people;

  /** The recipient to write to, or empty; makes their setting (and token) on first use. */
  public Optional<Recipient> of(String memberKey, Instant now) {
    Optional<Setting> known = settings.find(memberKey);
    if (known.map(Setting::mailsOff).orElse(false)) {
      return Optional.empty();
    }
    Optional<Recipient> found =
        ltiUser(memberKey)
            .flatMap(people::of)
            .filter(a -> plausible(a.email()))
            .map(a -> new Recipient(a.email(), a.displayName(), a.locale(), null))
            .or(
                () ->
                    known
                        .filter(s -> plausible(s.email()))
                        .map(s -> new Recipient(s.email(), null, s.locale(), null)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Setting setting = known.orElseGet(() -> settings.ensure(memberKey, now));
    Recipient r = found.get();
    return Optional.of(
        new Recipient(
            r.email(),
            r.name(),
            r.locale() != null ? r.locale() : setting.locale(),
            setting.unsubscribeToken()));
  }

  /** The address a member would be written to, whether or not mails are on; empty for none. */
  public Optional<String> addressOf(String memberKey) {
    return ltiUser(memberKey)
        .flatMap(people::of)
        .map(PersonAddresses.Address::email)
        .filter(MailRecipients::plausible)
        .or(() -> settings.find(memberKey).map(Setting::email).filter(MailRecipients::plausible));
  }

  /** Whether {@code email} looks like an address a mail can go to (one line, one @, a domain). */
  public static boolean plausible(String email) {
    return email != null && email.length() <= 320 && ADDRESS.matcher(email).matches();
  }

  private static Optional<Long> ltiUser(String memberKey) {
    if (memberKey == null || !memberKey.startsWith("lti:")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(memberKey.substring(4)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
