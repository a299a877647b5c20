package it.kenes.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Finds Chromium and its chromedriver on this machine and starts a headless browser that blocks
 * third-party cookies, with a fresh profile each time. Looks at {@code kenes.it.chromium} and
 * {@code kenes.it.chromedriver} (system properties), then {@code CHROME_BIN}/{@code CHROMEDRIVER},
 * then the Debian paths, then the PATH.
 */
final class Chromium {

  static {
    // Selenium warns on every start that it has no CDP bindings for this Chromium; we use none
    java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder")
        .setLevel(Level.SEVERE);
  }

  /** The line CI looks for to fail a run whose browser tests did not run. */
  static final String SKIPPED_MARKER = "KENES-BROWSER-TESTS-SKIPPED";

  private final Path browser;
  private final Path driver;

  private Chromium(Path browser, Path driver) {
    this.browser = browser;
    this.driver = driver;
  }

  /** The installed Chromium, or why there is none. */
  static Found find() {
    Optional<Path> browser =
        firstExecutable(
            "kenes.it.chromium",
            "CHROME_BIN",
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"),
            List.of("chromium", "chromium-browser", "google-chrome"));
    Optional<Path> driver =
        firstExecutable(
            "kenes.it.chromedriver",
            "CHROMEDRIVER",
            List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"),
            List.of("chromedriver"));
    if (browser.isEmpty()) {
      return new Found(
          null,
          "no Chromium found (install the chromium package, or point -Dkenes.it.chromium at it)");
    }
    if (driver.isEmpty()) {
      return new Found(
          null,
          "no chromedriver found (install the chromium-driver package, or point"
              + " -Dkenes.it.chromedriver at it)");
    }
    return new Found(new Chromium(browser.get(), driver.get()), null);
  }

  /** What {@link #find()} found: a browser, or the reason there is none. */
  record Found(Chromium chromium, String reason) {}

  /** A new headless browser with its own temporary profile and third-party cookies blocked. */
  Session start() throws IOException {
    return start(null);
  }

  /** {@link #start()} with this User-Agent instead of Chromium's own (null: its own). */
  Session start(String userAgent) throws IOException {
    Path profile = Files.createTempDirectory("kenes-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--test-third-party-cookie-phaseout",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (userAgent != null) {
      options.addArguments("--user-agent=" + userAgent);
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    options.setExperimentalOption(
        "prefs", Map.of("profile.block_third_party_cookies", true, "intl.accept_languages", "en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    ChromeDriver webDriver = new ChromeDriver(service, options);
    webDriver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Session(webDriver, profile);
  }

  /** A running browser; closing it quits Chromium and deletes the profile. */
  record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
    @Override
    public void close() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }
  }

  private static Optional<Path> firstExecutable(
      String property, String environment, List<String> paths, List<String> names) {
    List<String> candidates = new ArrayList<>();
    String configured = System.getProperty(property, System.getenv(environment));
    if (configured != null && !configured.isBlank()) {
      // an explicit choice is the only candidate: a wrong path must not fall back silently
      return Optional.of(Path.of(configured))
          .filter(Files::isRegularFile)
          .filter(Files::isExecutable);
    }
    candidates.addAll(paths);
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir, name).toString());
        }
      }
    }
    return candidates.stream()
        .filter(c -> !c.isBlank())
        .map(Path::of)
        .filter(Files::isRegularFile)
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
