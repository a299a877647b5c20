package kz.kenes.certificate.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unique number of a certificate, printed on it and in its verification URL: 80 random bits
 * from a {@link SecureRandom}, written as 16 characters of Crockford's base 32 in four groups
 * ({@code 7K3M-Q9XD-2PWA-H4TZ}). Unguessable: finding one valid number among a million issued takes
 * about 2<sup>60</sup> tries, so the verification page needs no login and lists nothing.
 */
public record CertificateNumber(String value) {

  /** Crockford's alphabet: no I, L, O, U. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** The canonical form. */
  public static final Pattern FORMAT =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

  public CertificateNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a certificate number: " + value);
    }
  }

  /** A new random number. */
  public static CertificateNumber random(SecureRandom random) {
    StringBuilder text = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        text.append('-');
      }
      text.append(ALPHABET.charAt(random.nextInt(32)));
    }
    return new CertificateNumber(text.toString());
  }

  /**
   * The number a person typed or a link carried, read leniently as Crockford intends (case, {@code
   * O} for 0, {@code I}/{@code L} for 1, missing dashes); empty when it cannot be a number.
   */
  public static Optional<CertificateNumber> parse(String text) {
    if (text == null || text.length() > 40) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(16);
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      char d =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            case '-', ' ' -> 0;
            default -> c;
          };
      if (d == 0) {
        continue;
      }
      if (ALPHABET.indexOf(d) < 0) {
        return Optional.empty();
      }
      digits.append(d);
    }
    if (digits.length() != 16) {
      return Optional.empty();
    }
    for (int at = 12; at > 0; at -= 4) {
      digits.insert(at, '-');
    }
    return Optional.of(new CertificateNumber(digits.toString()));
  }

  @Override
  public String toString() {
    return value;
  }
}
