package kz.kenes.devplatform.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the platform shows the launched tool, sent as {@code launch_presentation.document_target}.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#launch-presentation-claim">LTI 1.3 §5.4.4
 *     Launch presentation claim</a>
 */
public enum DocumentTarget {
  IFRAME("iframe"),
  WINDOW("window");

  private final String value;

  DocumentTarget(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<DocumentTarget> of(String value) {
    return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
  }
}
