package it.kenes.lti;

import it.kenes.support.HttpAnswer;
import java.util.Arrays;
import java.util.List;

/** Reads the {@code frame-ancestors} sources of an answer's Content-Security-Policy. */
final class FrameAncestors {

  private FrameAncestors() {}

  /** The source expressions, e.g. {@code 'self'} and {@code https://lms.example.edu}. */
  static List<String> of(HttpAnswer answer) {
    String policy = answer.header("Content-Security-Policy").orElse("");
    return Arrays.stream(policy.split(";"))
        .map(String::trim)
        .filter(directive -> directive.startsWith("frame-ancestors "))
        .findFirst()
        .map(
            directive ->
                List.of(directive.substring("frame-ancestors ".length()).trim().split("\\s+")))
        .orElse(List.of());
  }
}
