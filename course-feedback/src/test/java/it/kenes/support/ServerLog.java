package it.kenes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The server's messages.log when the build says where it is ({@code kenes.it.server-log}), and the
 * directory of all its logs ({@code kenes.it.server-logs}: messages, console, trace, FFDC
 * incidents); empty when the server runs elsewhere, and the tests that read them are skipped.
 */
public final class ServerLog {

  private ServerLog() {}

  public static Optional<Path> file() {
    String configured = System.getProperty("kenes.it.server-log");
    return Optional.ofNullable(configured).map(Path::of).filter(Files::isReadable);
  }

  public static String text(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory of the server's logs, when it is on this machine. */
  public static Optional<Path> directory() {
    String configured = System.getProperty("kenes.it.server-logs");
    return Optional.ofNullable(configured).map(Path::of).filter(Files::isDirectory);
  }

  /**
   * Everything the server has logged so far: every {@code *.log} under the directory (messages and
   * their rotations, console, trace, the FFDC incidents and summaries), one after another.
   */
  public static String allText(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".log"))
          .sorted()
          .map(ServerLog::text)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
