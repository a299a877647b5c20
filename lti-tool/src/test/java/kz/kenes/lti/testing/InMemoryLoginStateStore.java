package kz.kenes.lti.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;

/**
 * A {@link LoginStateStore} in a map, for tests. Nonces are known from the states saved with them
 * and count as unknown once their state has expired.
 */
public final class InMemoryLoginStateStore implements LoginStateStore {

  private final Map<String, LoginState> states = new HashMap<>();
  private final Set<String> usedStates = new HashSet<>();

  @Override
  public synchronized void save(LoginState state) {
    states.put(state.state(), state);
  }

  @Override
  public synchronized StateConsumption consumeState(String state, Instant now) {
    LoginState stored = states.get(state);
    if (stored == null) {
      return new StateConsumption.Unknown();
    }
    if (!usedStates.add(state)) {
      return new StateConsumption.AlreadyUsed();
    }
    if (stored.isExpiredAt(now)) {
      return new StateConsumption.Expired();
    }
    return new StateConsumption.Consumed(stored);
  }

  @Override
  public synchronized int purgeExpired(Instant cutoff) {
    var expired = states.values().stream().filter(s -> s.expiresAt().isBefore(cutoff)).toList();
    expired.forEach(s -> states.remove(s.state()));
    return expired.size();
  }

  /** The saved state, for assertions. */
  public synchronized LoginState get(String state) {
    return states.get(state);
  }

  public synchronized int size() {
    return states.size();
  }
}
