package kz.kenes.platform.domain;

import java.util.Map;

/** The thing existed but takes nothing any more: a used-up, expired or withdrawn link. */
public class Gone extends DomainException {

  public Gone(String message) {
    super("gone", message, Map.of());
  }

  public Gone(String reason, String message) {
    super(reason, message, Map.of());
  }
}
