package kz.kenes.devplatform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.domain.NotFound;

/**
 * Keeps the development tools (the built-in LTI platform, the demo seed) out of every server that
 * is not a developer's machine: open only when {@link KenesConfig#devMode()} is, which itself
 * requires {@code kenes.dev-mode=true} and a loopback public URL. A closed gate makes the
 * development endpoints answer 404, as if they did not exist.
 */
@ApplicationScoped
public class DevModeGate {

  private BooleanSupplier devMode;

  /** For the CDI proxy only. */
  protected DevModeGate() {}

  @Inject
  public DevModeGate(KenesConfig config) {
    this(config::devMode);
  }

  public DevModeGate(BooleanSupplier devMode) {
    this.devMode = Objects.requireNonNull(devMode);
  }

  public boolean isOpen() {
    return devMode.getAsBoolean();
  }

  /**
   * Passes in dev mode.
   *
   * @throws DomainException 404 outside dev mode
   */
  public void requireOpen() {
    if (!isOpen()) {
      throw new NotFound(
          "Nothing here: the development platform exists only when Kenes runs in dev mode"
              + " (kenes.dev-mode=true with a loopback kenes.public-url).");
    }
  }
}
