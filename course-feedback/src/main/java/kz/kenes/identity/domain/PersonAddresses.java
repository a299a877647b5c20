package kz.kenes.identity.domain;

import java.util.Optional;

/**
 * Where a person known by reference can be written to: the e-mail address and language their
 * platform sent with their latest launch (LTI's {@code email} and {@code locale} claims).
 * Implemented by the LTI adapter, which keeps users; used for e-mail notifications (ADR 0029).
 */
public interface PersonAddresses {

  /**
   * The person's address, name and language as last sent by their platform; empty when Kenes knows
   * no such person.
   *
   * @param userRef the person's Kenes id (an LTI user)
   */
  Optional<Address> of(long userRef);

  /**
   * @param email null when the platform sent none
   * @param displayName a name to greet them by; null when none was sent
   * @param locale a language tag such as {@code ru-RU}; null when none was sent
   */
  record Address(String email, String displayName, String locale) {}
}
