/**
 * Crowdsourcing a program revision (docs/crowdsourcing.md): campaigns through the five stages of
 * the seed papers, proposals with their versions, comments and moderation, the selection (merging,
 * rating, shortlist, expert reviews, votes, decisions) and the effectiveness figures. The
 * crowdsourcing bounded context: {@code domain} holds the entities, value objects, rules,
 * repository interfaces and refusals, {@code application} the use cases, {@code api} the REST API
 * and {@code persistence} the repositories. It asks {@code program} which university a program
 * belongs to and which courses deliver it ({@code ProgramOwners}, {@code CourseDeliveries}).
 *
 * <p>Crowdsourcing a program revision (the five stages of docs/crowdsourcing.md). This part holds
 * the program revision records (docs/revisions.md): a revision collects changes to modules,
 * applying it writes module versions through the program context and seals a hash-chained record;
 * and the similar-proposal index (docs/similar-proposals.md). Layers as in every context: {@code
 * domain}, {@code application}, {@code api}, {@code web}, {@code persistence}.
 */
package kz.kenes.crowdsourcing;
