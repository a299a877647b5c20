package it.kenes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's messages.log when the build says where it is ({@code kenes.it.server-log}); empty
 * when the server runs elsewhere, and the tests that read it are skipped.
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
}
