package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import kz.kenes.integration.lti.persistence.JpaRegistrationRepository;
import kz.kenes.integration.lti.persistence.PlatformRegistrationEntity;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.web.HeaderRules;

/**
 * The origins allowed to frame Kenes pages (CSP {@code frame-ancestors}): the origins of every
 * registered platform's issuer and OIDC endpoint, plus both loopback origins in dev mode (the
 * built-in platform frames Kenes across {@code localhost} and {@code 127.0.0.1}). Computed once,
 * recomputed when registrations change on this node and at the latest {@link #LIFETIME} after they
 * change on another.
 */
@ApplicationScoped
public class FrameAncestors implements HeaderRules {

  private static final int PAGE = 500;

  @Inject JpaRegistrationRepository registrations;
  @Inject KenesConfig config;

  /**
   * How long a node keeps the list: a change on this node empties it at once (a CDI event), a
   * change on another node reaches this one within this time.
   */
  static final Duration LIFETIME = Duration.ofSeconds(30);

  private final AtomicReference<Computed> cached = new AtomicReference<>();

  @Override
  public String frameAncestors() {
    return sources().substring("'self'".length()).strip();
  }

  /** The tool's key set is public: platforms cache it ({@code max-age} set by its resource). */
  @Override
  public boolean cacheable(String path) {
    return path.equals("/lti/jwks");
  }

  /** The CSP source list, e.g. {@code 'self' https://lms.example.edu}. */
  public String sources() {
    Computed value = cached.get();
    long now = System.nanoTime();
    if (stale(value == null ? null : value.at(), now)) {
      value = new Computed(compute(), now);
      cached.set(value);
    }
    return value.sources();
  }

  void onChange(@Observes RegistrationService.RegistrationsChanged changed) {
    cached.set(null);
  }

  /**
   * Whether a list computed at {@code computedAt} (nanoTime; null: never) is too old at {@code
   * now}.
   */
  static boolean stale(Long computedAt, long now) {
    return computedAt == null || now - computedAt > LIFETIME.toNanos();
  }

  /** The source list and when it was computed ({@link System#nanoTime()}). */
  private record Computed(String sources, long at) {}

  private String compute() {
    Set<String> origins = new LinkedHashSet<>();
    origins.add("'self'");
    for (int offset = 0; ; offset += PAGE) {
      var page = registrations.findAllEntities(offset, PAGE);
      for (PlatformRegistrationEntity entity : page) {
        PlatformRegistration r = entity.toRegistration();
        origin(URI.create(r.issuer())).ifPresent(origins::add);
        origin(r.authLoginUrl()).ifPresent(origins::add);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (config.devMode()) {
      int port = config.publicUrl().getPort();
      String suffix = port == -1 ? "" : ":" + port;
      origins.add("http://localhost" + suffix);
      origins.add("http://127.0.0.1" + suffix);
    }
    return String.join(" ", origins);
  }

  public static java.util.Optional<String> origin(URI uri) {
    try {
      if (uri.getScheme() == null || uri.getHost() == null) {
        return java.util.Optional.empty();
      }
      String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return java.util.Optional.empty();
      }
      String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
      return java.util.Optional.of(
          scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + port);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
