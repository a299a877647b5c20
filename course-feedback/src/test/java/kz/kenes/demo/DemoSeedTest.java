package kz.kenes.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.DevPlatformReady;
import org.junit.jupiter.api.Test;

class DemoSeedTest {

  private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
  private static final DevPlatformReady READY = new DevPlatformReady(7, "dev-deployment-1");

  private final RecordingLoader loader = new RecordingLoader();
  private final RecordingSurveySeed surveys = new RecordingSurveySeed();

  @Test
  void loadsNothingOutsideDevMode() {
    DemoSeed seed = new DemoSeed(new DevModeGate(() -> false), loader, CLOCK, surveys);

    assertThat(seed.seed(READY)).isFalse();
    assertThat(loader.calls).isEmpty();
    assertThat(surveys.calls).isEmpty();
  }

  @Test
  void loadsTheStandardCatalogForThePlatformRegistrationInDevMode() {
    DemoSeed seed = new DemoSeed(new DevModeGate(() -> true), loader, CLOCK, surveys);

    assertThat(seed.seed(READY)).isTrue();
    assertThat(loader.calls).containsExactly("7/dev-deployment-1/DEMO-DSU");
    assertThat(surveys.calls).containsExactly("DEMO-DSU/AGR");
  }

  @Test
  void reportsAFailedLoadWithoutThrowing() {
    DemoSeedLoader failing =
        new DemoSeedLoader() {
          @Override
          public Created load(DemoCatalog catalog, long reg, String dep, Instant now) {
            throw new IllegalStateException("database down");
          }
        };
    DemoSeed seed = new DemoSeed(new DevModeGate(() -> true), failing, CLOCK, surveys);

    assertThat(seed.seed(READY)).isFalse();
  }

  /** Records the loads instead of touching a database. */
  private static final class RecordingLoader extends DemoSeedLoader {
    final List<String> calls = new ArrayList<>();

    @Override
    public Created load(DemoCatalog catalog, long reg, String dep, Instant now) {
      calls.add(reg + "/" + dep + "/" + catalog.university().code());
      return new Created(0, 0, 0, 0, 0, 0);
    }
  }

  /** Records the demo survey loads instead of touching a database. */
  private static final class RecordingSurveySeed extends DemoSurveySeed {
    final List<String> calls = new ArrayList<>();

    @Override
    public boolean load(String universityCode, String programCode, Instant now) {
      calls.add(universityCode + "/" + programCode);
      return true;
    }
  }
}
