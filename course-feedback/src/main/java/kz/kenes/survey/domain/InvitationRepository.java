package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where invitation links are kept (by the SHA-256 of their token, never the token). */
public interface InvitationRepository {

  Optional<Invitation> find(long id);

  /** The link the staff page form {@code formId} made in the round, if it made one. */
  Optional<Invitation> findByForm(long roundId, String formId);

  /** The link of a token's hash, with its round, survey and instrument version with its items. */
  Optional<Invitation> findByTokenHash(String tokenHash);

  /** The round's links, oldest first. */
  List<Invitation> findAll(long roundId);

  Invitation store(Invitation invitation);

  Invitation revoke(long invitationId, Instant now);
}
