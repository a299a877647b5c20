package kz.kenes.platform.domain;

import java.util.Map;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFound extends DomainException {

  public NotFound(String message) {
    super("not-found", message, Map.of());
  }

  public NotFound(String reason, String message) {
    super(reason, message, Map.of());
  }
}
