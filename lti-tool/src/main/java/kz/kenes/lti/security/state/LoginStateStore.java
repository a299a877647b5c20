package kz.kenes.lti.security.state;

import java.time.Instant;

/**
 * Server-side store of login states and their nonces, shared by all nodes (the application keeps it
 * in the database). Each state and each nonce can be consumed once; implementations make the
 * consumption atomic.
 */
public interface LoginStateStore {

  void save(LoginState state);

  /** Marks the state used and returns what was stored, or why it cannot be used. */
  StateConsumption consumeState(String state, Instant now);

  /** Marks the nonce used; it must have been issued by a login and not used before. */
  NonceConsumption consumeNonce(String nonce, Instant now);

  /** Removes states that expired before {@code cutoff}; returns how many were removed. */
  int purgeExpired(Instant cutoff);

  /** Result of consuming a state. */
  sealed interface StateConsumption {
    record Consumed(LoginState state) implements StateConsumption {}

    record Unknown() implements StateConsumption {}

    record AlreadyUsed() implements StateConsumption {}

    record Expired() implements StateConsumption {}
  }

  /** Result of consuming a nonce. */
  enum NonceConsumption {
    CONSUMED,
    UNKNOWN,
    ALREADY_USED
  }
}
