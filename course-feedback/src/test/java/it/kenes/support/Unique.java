package it.kenes.support;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random suffixes that keep each test's platforms, users and courses apart. */
public final class Unique {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Unique() {}

  /** Twelve lower-case hex digits. */
  public static String suffix() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
