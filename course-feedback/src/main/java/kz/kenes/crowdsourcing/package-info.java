/**
 * Crowdsourcing a program revision (the five stages of docs/crowdsourcing.md). This part holds the
 * program revision records (docs/revisions.md): a revision collects changes to modules, applying it
 * writes module versions through the program context and seals a hash-chained record; and the
 * similar-proposal index (docs/similar-proposals.md). Layers as in every context: {@code domain},
 * {@code application}, {@code api}, {@code web}, {@code persistence}.
 */
package kz.kenes.crowdsourcing;
