package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Each campaign member's choice about e-mail notifications (ADR 0029), keyed by the member key that
 * notifications name: whether mails are off, the address a guest gave (an LTI user's comes from
 * their launch), the language a guest joined in, and the random token of the unsubscribe link that
 * every mail carries.
 */
public interface NotificationMailSettings {

  /**
   * A member's setting.
   *
   * @param email the address a guest gave; null for an LTI user or a guest who gave none
   * @param locale the language a guest joined in; null when unknown
   * @param unsubscribeToken opens the page that turns the mails off
   */
  record Setting(
      String recipientKey,
      String email,
      String locale,
      boolean mailsOff,
      String unsubscribeToken) {}

  Optional<Setting> find(String recipientKey);

  Optional<Setting> findByToken(String unsubscribeToken);

  /**
   * The member's setting, made (mails on, a new unsubscribe token, no address) when there is none;
   * safe when two transactions make the same one at once.
   */
  Setting ensure(String recipientKey, Instant now);

  /** Records the address (and language) a guest gave; both may be null. */
  void giveAddress(String recipientKey, String email, String locale, Instant now);

  /** Turns the member's mails off or on again. */
  void switchMails(String recipientKey, boolean off, Instant now);
}
