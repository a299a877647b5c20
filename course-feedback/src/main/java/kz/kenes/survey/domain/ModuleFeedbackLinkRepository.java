package kz.kenes.survey.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where module feedback links are kept (by the SHA-256 of their token, never the token). */
public interface ModuleFeedbackLinkRepository {

  Optional<ModuleFeedbackLink> find(long id);

  Optional<ModuleFeedbackLink> findByTokenHash(String tokenHash);

  /** The link the staff page form {@code formId} made for the program, if it made one. */
  Optional<ModuleFeedbackLink> findByForm(long programId, String formId);

  /** A page of the links of these programs (null: of every program), newest first. */
  List<ModuleFeedbackLink> findPage(Collection<Long> programIds, int offset, int limit);

  /** How many links these programs have (null: every program). */
  long count(Collection<Long> programIds);

  ModuleFeedbackLink store(ModuleFeedbackLink link);

  ModuleFeedbackLink revoke(long linkId, Instant now);

  /**
   * Counts a new respondent of the link, unless it has reached its maximum meanwhile: false then.
   * One statement, so two respondents at once cannot both take a link's last use.
   */
  boolean takeUse(long linkId);

  /** The link the respondent rated through, if they rated anything yet. */
  Optional<Long> linkOfRespondent(String respondentKey);

  /** How many respondents rated through the link from the client {@code clientHash}. */
  int respondentsFromClient(long linkId, String clientHash);
}
