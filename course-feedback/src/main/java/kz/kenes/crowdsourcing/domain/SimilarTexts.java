package kz.kenes.crowdsourcing.domain;

import java.util.List;

/**
 * The store of similar-text entries ({@code similar_text_entry}) and their scopes' version stamps
 * ({@code similar_text_scope}): the truth the similarity index of every node is derived from.
 */
public interface SimilarTexts {

  /** An entry as stored: the version it was written at, and whether it is removed. */
  record Stamped(SimilarText text, boolean removed, long version) {}

  /** Writes (or rewrites) an entry and raises its scope's version; the new version. */
  long put(SimilarText text);

  /** Marks an entry removed and raises its scope's version; false when there was none. */
  boolean remove(String scope, long entryId);

  /** The scope's version: 0 for a scope never written. */
  long version(String scope);

  /** The scope's entries written after {@code version} (removed ones too), oldest first. */
  List<Stamped> changedSince(String scope, long version);
}
