package kz.kenes.platform.domain;

import java.util.Map;

/** No caller could be established: no session, or an expired one. */
public class NotAuthenticated extends DomainException {

  public NotAuthenticated(String message) {
    super("unauthorized", message, Map.of());
  }

  public NotAuthenticated(String reason, String message) {
    super(reason, message, Map.of());
  }
}
