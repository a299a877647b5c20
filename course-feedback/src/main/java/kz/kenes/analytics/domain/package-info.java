/**
 * The statistics of a before/after satisfaction study, in plain Java: the 4-point answer scale and
 * its reverse scoring ({@link kz.kenes.survey.domain.ScaleAnswer}, {@link
 * kz.kenes.survey.domain.ItemScoring}), the per-instrument level cut-offs ({@link
 * kz.kenes.survey.domain.LevelCutoffs}), the aggregates a database computes with {@code GROUP BY}
 * ({@link kz.kenes.analytics.domain.Moments}, {@link kz.kenes.analytics.domain.AnswerCounts},
 * {@link kz.kenes.analytics.domain.LevelAggregate}, {@link
 * kz.kenes.analytics.domain.ReliabilityAggregate}), the summaries and comparisons computed from
 * them ({@link kz.kenes.analytics.domain.ScaleSummary}, {@link kz.kenes.analytics.domain.TTests},
 * {@link kz.kenes.analytics.domain.EffectSize}, {@link kz.kenes.analytics.domain.ChiSquare}, {@link
 * kz.kenes.analytics.domain.ProportionTests}, {@link kz.kenes.analytics.domain.CronbachAlpha}) and
 * the papers' Table 2 ({@link kz.kenes.analytics.domain.Table2}). Nothing here loads answers or
 * knows a database; a statistic the data cannot support is an {@link
 * kz.kenes.analytics.domain.Outcome.Unavailable} with its reason, never NaN or infinity. Formulas
 * and assumptions: {@code docs/analysis.md}.
 *
 * <p>May depend on {@code survey.domain} (the scale, its scoring, cut-offs and levels), and Apache
 * Commons Math; on nothing else of Kenes, and never on a database, HTTP or the other analytics
 * layers.
 */
package kz.kenes.analytics.domain;
