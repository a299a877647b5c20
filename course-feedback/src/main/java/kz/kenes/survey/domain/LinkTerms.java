package kz.kenes.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every invitation link of Kenes follows: a survey round's {@link Invitation}, a {@link
 * ModuleFeedbackLink} and a crowdsourcing campaign's invitation. A link is shown once (only the
 * SHA-256 of its random token is stored), takes one person or up to {@code maxUses}, expires, and
 * can be withdrawn; its state is {@code active}, {@code used-up}, {@code expired} or {@code
 * revoked}, and a link that takes nobody new says why ({@link InvitationUnavailable}, 410). Only
 * the words differ between links: who withdraws them and what a use is ({@link Wording}).
 *
 * @param maxUses how many people the link takes
 * @param uses how many it took
 * @param expiresAt when it stops taking anybody
 * @param revokedAt when it was withdrawn; null while it was not
 */
public record LinkTerms(int maxUses, int uses, Instant expiresAt, Instant revokedAt) {

  /** The most people one link may take. */
  public static final int MAX_USES = 100_000;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /**
   * How a kind of link words its refusals.
   *
   * @param withdrawnBy who withdraws it, e.g. "the survey's organisers"
   * @param uses what it counts, e.g. "responses"
   */
  public record Wording(String withdrawnBy, String uses) {}

  /** {@code active}, {@code used-up}, {@code expired} or {@code revoked}. */
  public String state(Instant now) {
    if (revokedAt != null) {
      return "revoked";
    }
    if (!now.isBefore(expiresAt)) {
      return "expired";
    }
    return uses >= maxUses ? "used-up" : "active";
  }

  /** Why the link takes nobody new now, if it takes nobody. */
  public Optional<String> refusal(Instant now, Wording wording) {
    return switch (state(now)) {
      case "revoked" ->
          Optional.of("This invitation link was withdrawn by " + wording.withdrawnBy() + ".");
      case "expired" -> Optional.of("This invitation link has expired.");
      case "used-up" ->
          Optional.of(
              maxUses == 1
                  ? "This invitation link has already been used."
                  : "This invitation link has reached its number of " + wording.uses() + ".");
      default -> Optional.empty();
    };
  }

  /** Refuses ({@link InvitationUnavailable}, 410) when the link takes nobody new now. */
  public void requireAvailable(Instant now, Wording wording) {
    Optional<String> why = refusal(now, wording);
    if (why.isPresent()) {
      throw new InvitationUnavailable(state(now), why.get());
    }
  }

  /**
   * Refuses ({@link InvitationUnavailable}, 410) what a person who came through the link does once
   * it is withdrawn or expired; a used-up link still lets them go on.
   */
  public void requireChangeable(Instant now, Wording wording) {
    String state = state(now);
    if (state.equals("revoked") || state.equals("expired")) {
      throw new InvitationUnavailable(state, refusal(now, wording).orElseThrow());
    }
  }

  /** A new link token: 32 random bytes, base64url (43 characters). */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code token} looks like one {@link #newToken} makes (else: unknown, no lookup). */
  public static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  /** The SHA-256 of a token, hex: what is stored and looked up. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
