package kz.kenes.lti.security.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login bound to the browser through the platform's storage instead of a cookie and a
 * fingerprint (LTI Client Side postMessages): at login the tool's page stores a random secret in
 * the platform's frame ({@code lti.put_data}) under a key named after the state; at launch the
 * tool's page reads it back ({@code lti.get_data}) and posts it with the id_token. Only the browser
 * whose platform frame holds the secret can give it back; the login state records the secret's
 * SHA-256 as its {@link LoginState#browserBinding()}, so the launch check is the same comparison as
 * for the fingerprint.
 *
 * <p>The state of such a login is {@code ps.<target>.<random>}: the launch, which the platform
 * posts without any storage parameter, knows from the state alone that it must read the platform's
 * storage, and in which frame.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-cs-oidc/v0p1">LTI OIDC Login with LTI Client
 *     Side postMessages</a>
 */
public final class PlatformStorage {

  /** The state prefix of a login bound through platform storage. */
  public static final String STATE_PREFIX = "ps.";

  /** The binding prefix, so that a storage binding never equals a fingerprint. */
  static final String BINDING_PREFIX = "ps:";

  /** What {@code lti_storage_target} may be: {@code _parent} or a frame name. */
  private static final Pattern TARGET = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final Pattern STATE =
      Pattern.compile("ps\\.([A-Za-z0-9_-]{1,64})\\.[A-Za-z0-9_-]+");

  private PlatformStorage() {}

  /** Whether a login initiation's {@code lti_storage_target} is one Kenes can use. */
  public static boolean isUsableTarget(String target) {
    return target != null && TARGET.matcher(target).matches();
  }

  /** The state of a storage login for {@code target}, around a random part. */
  public static String state(String target, String random) {
    if (!isUsableTarget(target)) {
      throw new IllegalArgumentException("not a storage target: " + target);
    }
    return STATE_PREFIX + target + "." + random;
  }

  /** The storage target a state names, when it is the state of a storage login. */
  public static Optional<String> targetOf(String state) {
    if (state == null) {
      return Optional.empty();
    }
    Matcher matcher = STATE.matcher(state);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The key under which the secret of {@code state} is stored in the platform. */
  public static String key(String state) {
    return "kenes_" + state;
  }

  /** The login state's binding for a secret (null stays null: nothing came back). */
  public static String binding(String secret) {
    if (secret == null) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return BINDING_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Whether a binding was made by {@link #binding(String)}. */
  public static boolean isStorageBinding(String binding) {
    return binding != null && binding.startsWith(BINDING_PREFIX);
  }
}
