package kz.kenes.lti.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import kz.kenes.lti.launch.LaunchRequest;
import kz.kenes.lti.launch.LaunchValidator;
import kz.kenes.lti.launch.LoginInitiation;
import kz.kenes.lti.launch.LtiLaunch;
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;
import kz.kenes.lti.testing.LtiTestPlatform;
import kz.kenes.lti.testing.TestKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Launch validation throughput on one thread with the platform key set cached and the state store
 * stubbed, so that what is measured is parsing, the RS256 signature check and the claim checks. Run
 * with {@code mvn -pl lti-tool -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 5)
@Measurement(time = 3)
public class IdTokenValidationBenchmark {

  private LaunchValidator validator;
  private LaunchRequest request;
  private byte[] signingInput;
  private byte[] signature;

  @Setup
  public void setUp() {
    LtiTestPlatform platform = new LtiTestPlatform();
    Instant now = platform.clock.instant();
    LoginState login =
        new LoginState(
            "state-1",
            "nonce-1",
            LtiTestPlatform.REGISTRATION_ID,
            LtiTestPlatform.TARGET_LINK_URI,
            LtiTestPlatform.BROWSER,
            now,
            now.plus(LoginInitiation.STATE_LIFETIME));
    String idToken = platform.launchToken(login).build();
    validator =
        new LaunchValidator(
            platform.registrations,
            new AlwaysFreshStates(login),
            platform.keySets,
            platform.tool,
            Clock.fixed(now, ZoneOffset.UTC));
    request = platform.launchRequest(login, idToken);
    validator.validate(request);
    int lastDot = idToken.lastIndexOf('.');
    signingInput = idToken.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
    signature = Base64.getUrlDecoder().decode(idToken.substring(lastDot + 1));
  }

  /** The whole launch validation: parse, signature, every claim check, the typed result. */
  @Benchmark
  public LtiLaunch validateIdToken() {
    return validator.validate(request);
  }

  /** Baseline: the bare RS256 signature check of the same token with the JDK. */
  @Benchmark
  public boolean rs256SignatureOnly() throws GeneralSecurityException {
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(TestKeys.platform().publicKey());
    rs256.update(signingInput);
    return rs256.verify(signature);
  }

  /** Answers every state and nonce as fresh, so one token can be validated again and again. */
  private record AlwaysFreshStates(LoginState login) implements LoginStateStore {

    @Override
    public void save(LoginState state) {}

    @Override
    public StateConsumption consumeState(String state, Instant now) {
      return new StateConsumption.Consumed(login);
    }

    @Override
    public int purgeExpired(Instant cutoff) {
      return 0;
    }
  }
}
