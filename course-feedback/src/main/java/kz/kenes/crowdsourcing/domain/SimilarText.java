package kz.kenes.crowdsourcing.domain;

import java.util.Objects;

/**
 * A text whose similarity Kenes suggests: an entry (a proposal's id) of a scope (a campaign, {@code
 * campaign:<id>}), its title, body and language ({@code kk}, {@code ru}, {@code en}; Kazakh in
 * Cyrillic or Latin script alike).
 */
public record SimilarText(String scope, long entryId, String title, String body, String lang) {

  public SimilarText {
    Objects.requireNonNull(scope, "scope");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    lang = lang == null ? "" : lang;
  }
}
