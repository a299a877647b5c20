package kz.kenes.devplatform.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;

/** Login states in a map, for running lti-tool's launch validation without a database. */
final class InMemoryLoginStates implements LoginStateStore {

  private final Map<String, LoginState> states = new HashMap<>();
  private final Set<String> usedStates = new HashSet<>();

  @Override
  public void save(LoginState state) {
    states.put(state.state(), state);
  }

  @Override
  public StateConsumption consumeState(String state, Instant now) {
    LoginState stored = states.get(state);
    if (stored == null) {
      return new StateConsumption.Unknown();
    }
    if (!usedStates.add(state)) {
      return new StateConsumption.AlreadyUsed();
    }
    return stored.isExpiredAt(now)
        ? new StateConsumption.Expired()
        : new StateConsumption.Consumed(stored);
  }

  @Override
  public int purgeExpired(Instant cutoff) {
    return 0;
  }
}
