package kz.kenes.platform.config;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Kenes configurations for unit tests, over a map instead of MicroProfile Config's sources. */
public final class TestConfigs {

  private TestConfigs() {}

  /** A configuration with these values (environment variables still come first). */
  public static KenesConfig of(Map<String, String> values) {
    Config config =
        (Config)
            java.lang.reflect.Proxy.newProxyInstance(
                TestConfigs.class.getClassLoader(),
                new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getOptionalValue")) {
                    return Optional.ofNullable(values.get((String) args[0]));
                  }
                  throw new IllegalStateException("not used by KenesConfig: " + method.getName());
                });
    return new KenesConfig(config);
  }
}
