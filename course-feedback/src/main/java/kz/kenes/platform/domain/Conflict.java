package kz.kenes.platform.domain;

import java.util.Map;

/** The request clashes with the current state: a taken code, a closed round, a second send. */
public class Conflict extends DomainException {

  public Conflict(String message) {
    super("conflict", message, Map.of());
  }

  public Conflict(String reason, String message) {
    super(reason, message, Map.of());
  }
}
