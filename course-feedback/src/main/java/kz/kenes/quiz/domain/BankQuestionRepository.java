package kz.kenes.quiz.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The question banks of program modules ({@code bank_question}, {@code bank_question_tag}). A tag
 * filter is a tag's text or null (no condition); it matches by {@link BankTag#key}.
 */
public interface BankQuestionRepository {

  /** The most candidates a pool's draw reads (a bank this large is far beyond any quiz). */
  int MAX_CANDIDATES = 10_000;

  Optional<BankQuestion> find(long id);

  /** A page of the module's bank questions matching the tags, oldest first. */
  List<BankQuestion> findPage(
      long moduleId, String competency, String outcome, int offset, int limit);

  /** How many of the module's bank questions match the tags: the size of that pool. */
  long count(long moduleId, String competency, String outcome);

  /** The ids of the module's bank questions that match the tags, ascending (at most 10,000). */
  List<Long> matchingIds(long moduleId, String competency, String outcome);

  /** The questions of these ids that still exist, in no particular order. */
  List<BankQuestion> findAll(Collection<Long> ids);

  /** The codes the module's bank uses. */
  Set<String> codes(long moduleId);

  BankQuestion store(BankQuestion question);

  /** Stores every question in one transaction (an import: all or nothing). */
  List<BankQuestion> storeAll(List<BankQuestion> questions);

  void remove(BankQuestion question);
}
