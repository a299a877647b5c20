package it.kenes.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Liberty server the build started for the integration tests, stopped and started again with
 * its own {@code bin/server} script: the same server directory, so the same {@code server.xml}, the
 * variables the Liberty Maven plugin wrote to {@code configDropins/overrides}, the same {@code
 * bootstrap.properties} (database URL) and therefore the same ports. Found from the log directory
 * the build names ({@code kenes.it.server-logs}, {@code …/wlp/usr/servers/<name>/logs}); absent
 * when the tests run against a server elsewhere, and the tests that restart it are skipped.
 */
public final class LibertyServer {

  /** How long a start may take on a busy machine (the build allows the same). */
  static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final Path wlp;
  private final String name;

  private LibertyServer(Path wlp, String name) {
    this.wlp = wlp;
    this.name = name;
  }

  /** The build's server, when its directory and script are on this machine. */
  public static Optional<LibertyServer> ofBuild() {
    return ServerLog.directory()
        .map(Path::toAbsolutePath)
        .map(Path::getParent)
        .filter(server -> server.getParent() != null && server.getParent().endsWith("servers"))
        .map(server -> new LibertyServer(server.getParent().getParent().getParent(), name(server)))
        .filter(server -> Files.isExecutable(server.script()));
  }

  /** Stops the server (as {@code server stop} does: the application shuts down in order). */
  public void stop() {
    run("stop");
  }

  /**
   * Starts it again, with a fresh workarea as the build does ({@code --clean}), and waits until
   * {@code /health/ready} answers 200.
   */
  public void start() {
    run("start", "--clean");
    awaitReady();
    warmUp();
  }

  /**
   * Asks for the home page over HTTP/1.1 until it answers 200: the first request to a fresh server
   * initialises the JAX-RS application, and Liberty then sometimes drops a request that arrives
   * with an {@code h2c} upgrade (as the tests' shared HTTP/2 client sends it), which would leave a
   * test waiting for its timeout.
   */
  private static void warmUp() {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    answers200(http, Kenes.url("/"), Duration.ofSeconds(20), Duration.ofSeconds(60), 0);
  }

  private Path script() {
    return wlp.resolve("bin").resolve("server");
  }

  private static String name(Path serverDirectory) {
    return serverDirectory.getFileName().toString();
  }

  private void run(String action, String... options) {
    List<String> words = new java.util.ArrayList<>(List.of(script().toString(), action, name));
    words.addAll(List.of(options));
    ProcessBuilder command = new ProcessBuilder(words).redirectErrorStream(true);
    command.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    try {
      Process process = command.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("server " + action + " " + name + " did not end: " + output);
      }
      // 0: done; 1 (stop): it was not running.
      if (process.exitValue() != 0 && !(action.equals("stop") && process.exitValue() == 1)) {
        throw new AssertionError(
            "server " + action + " " + name + " ended " + process.exitValue() + ": " + output);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + script(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits until {@code /health/ready} answers 200 (at most {@link #START_TIMEOUT}). */
  static void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = Kenes.url("/health/ready");
    if (!answers200(http, ready, Duration.ofSeconds(5), START_TIMEOUT, 500)) {
      throw new AssertionError(ready + " did not answer 200 within " + START_TIMEOUT);
    }
  }

  /**
   * Asks for {@code url} (each request given {@code timeout}) until it answers 200, pausing {@code
   * pauseMillis} between attempts; false when it did not within {@code patience}.
   */
  private static boolean answers200(
      HttpClient http, URI url, Duration timeout, Duration patience, long pauseMillis) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(url).timeout(timeout).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening or not answering yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      pause(pauseMillis);
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
