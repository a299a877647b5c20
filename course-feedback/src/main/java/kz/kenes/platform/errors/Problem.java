package kz.kenes.platform.errors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error answer to an API client ({@code
 * application/problem+json}). {@code reference} lets support find the matching log line; {@code
 * errors} names invalid fields.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "reference", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String reference,
    Map<String, String> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
