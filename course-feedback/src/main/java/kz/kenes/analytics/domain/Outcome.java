package kz.kenes.analytics.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a statistic yields: either {@link Available} with its value, or {@link Unavailable} with a
 * {@link Reason} a page can translate and an explanation with the numbers behind it. Statistics in
 * this package never answer NaN or infinity: where the data cannot support them (no answers, one
 * answer, no spread, unmatched pairs) they say so here.
 *
 * @param <T> the statistic's result
 */
public sealed interface Outcome<T> permits Outcome.Available, Outcome.Unavailable {

  /** Why a statistic could not be computed. */
  enum Reason {
    /** The group has no answers in one of the rounds compared. */
    MISSING_ROUND,
    /** Too few answers for the statistic (a variance needs two). */
    INSUFFICIENT_DATA,
    /** Every value is the same in both samples and the means are equal: nothing to test. */
    NO_VARIANCE,
    /** No spread in either sample but the means differ: the difference is exact, t undefined. */
    NO_VARIANCE_MEANS_DIFFER,
    /** A paired comparison got samples that do not pair up one to one. */
    MISMATCHED_PAIRS,
    /** A reliability coefficient needs at least two items. */
    TOO_FEW_ITEMS,
    /** A reliability coefficient needs every respondent to answer every item. */
    INCOMPLETE_RESPONSES,
    /** A test of level shares needs respondents at two levels or more. */
    TOO_FEW_LEVELS
  }

  static <T> Outcome<T> available(T value) {
    return new Available<>(value);
  }

  static <T> Outcome<T> unavailable(Reason reason, String explanation) {
    return new Unavailable<>(reason, explanation);
  }

  /** The result, if there is one. */
  Optional<T> value();

  /** Why there is no result, if there is none. */
  Optional<Reason> whyUnavailable();

  default boolean isAvailable() {
    return value().isPresent();
  }

  /** The result; an {@link IllegalStateException} with the explanation when there is none. */
  T orElseThrow();

  /** The same outcome with its result transformed; an unavailable one stays unavailable. */
  <R> Outcome<R> map(Function<? super T, ? extends R> mapper);

  /** A computed statistic. */
  record Available<T>(T result) implements Outcome<T> {
    public Available {
      Objects.requireNonNull(result, "result");
    }

    @Override
    public Optional<T> value() {
      return Optional.of(result);
    }

    @Override
    public Optional<Reason> whyUnavailable() {
      return Optional.empty();
    }

    @Override
    public T orElseThrow() {
      return result;
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      return new Available<>(mapper.apply(result));
    }
  }

  /** A statistic the data cannot support, and why, in a sentence with the numbers. */
  record Unavailable<T>(Reason reason, String explanation) implements Outcome<T> {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public Optional<Reason> whyUnavailable() {
      return Optional.of(reason);
    }

    @Override
    public T orElseThrow() {
      throw new IllegalStateException(reason + ": " + explanation);
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      return new Unavailable<>(reason, explanation);
    }
  }
}
