package kz.kenes.crowdsourcing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a record's canonical form, in lower-case hex (64 characters). */
public final class RevisionHash {

  /** The "hash before" the first record of a program's chain. */
  public static final String GENESIS = "0".repeat(64);

  private RevisionHash() {}

  public static String of(String canonical) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
