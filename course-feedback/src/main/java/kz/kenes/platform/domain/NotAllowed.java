package kz.kenes.platform.domain;

import java.util.Map;

/** The caller is known but may not do this. */
public class NotAllowed extends DomainException {

  public NotAllowed(String message) {
    super("forbidden", message, Map.of());
  }

  public NotAllowed(String reason, String message) {
    super(reason, message, Map.of());
  }
}
