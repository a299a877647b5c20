package kz.kenes.lti.security.state;

import java.time.Instant;

/**
 * Server-side store of login states and their nonces, shared by all nodes (the application keeps it
 * in the database). A state is consumed once, and its nonce with it: the launch then requires the
 * id_token's nonce to be that state's nonce, so neither can serve a second launch. Implementations
 * make the consumption atomic.
 */
public interface LoginStateStore {

  void save(LoginState state);

  /**
   * Marks the state and its nonce used, in one atomic step, and returns what was stored, or why it
   * cannot be used.
   */
  StateConsumption consumeState(String state, Instant now);

  /** Removes states that expired before {@code cutoff}; returns how many were removed. */
  int purgeExpired(Instant cutoff);

  /** Result of consuming a state. */
  sealed interface StateConsumption {
    record Consumed(LoginState state) implements StateConsumption {}

    record Unknown() implements StateConsumption {}

    record AlreadyUsed() implements StateConsumption {}

    record Expired() implements StateConsumption {}
  }
}
