package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.kenes.analytics.application.ModuleFeedbackQueries.VersionAggregate;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.PrivacyMinimum;
import kz.kenes.analytics.domain.RevisionPriority;
import kz.kenes.analytics.domain.RevisionPriority.Standing;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * The administrator's program overview of module feedback (docs/module-feedback.md, "Program
 * overview"): for every module of the university's programs its latest rated version's satisfaction
 * (n, mean, level shares) and the trend against the version rated before; the same pooled per field
 * of education across programs; both in the order of {@link RevisionPriority}, where to revise
 * first. Every line under the privacy minimum shows only its n.
 */
@ApplicationScoped
public class ProgramOverviews {

  @Inject ProgramCatalog programs;
  @Inject ModuleFeedbackQueries queries;
  @Inject ModuleFeedbackReports reports;

  /**
   * Satisfaction of a set of respondents.
   *
   * @param withheld n under the privacy minimum: mean and shares are then null
   */
  public record Satisfaction(
      long n, boolean withheld, Double mean, Double high, Double medium, Double dissatisfied) {

    static Satisfaction of(Moments means, long high, long dissatisfied, PrivacyMinimum minimum) {
      long n = means.n();
      if (n == 0 || !minimum.shows(n)) {
        return new Satisfaction(n, true, null, null, null, null);
      }
      double count = n;
      return new Satisfaction(
          n,
          false,
          means.mean(),
          high / count,
          (n - high - dissatisfied) / count,
          dissatisfied / count);
    }

    Standing standing() {
      return new Standing(n, !withheld, withheld ? 0 : mean, withheld ? 0 : dissatisfied);
    }
  }

  /**
   * One module: its latest rated version's satisfaction and the trend against the previous rated
   * version (null unless both reach the minimum).
   */
  public record ModuleLine(
      long programId,
      String programCode,
      String programName,
      String field,
      long moduleId,
      String moduleCode,
      String moduleTitle,
      int currentVersion,
      Integer ratedVersion,
      Satisfaction satisfaction,
      Integer previousVersion,
      Double previousMean,
      Double trend) {}

  /** One field of education: the modules' latest rated versions pooled. */
  public record FieldLine(String field, int programs, int modules, Satisfaction satisfaction) {}

  /** The overview, lines in the order where to revise first. */
  public record Overview(
      PrivacyMinimum minimum, List<ModuleLine> modules, List<FieldLine> fields) {}

  /**
   * The overview of the programs the caller administers (of {@code universityId} when given, null:
   * all of theirs); 403 for anyone but an administrator, and for another university.
   */
  @Transactional
  public Overview overview(KenesSession session, Long universityId) {
    if (!session.isAdmin()) {
      throw new NotAllowed("The program overview is for the university's administrators.");
    }
    PrivacyMinimum minimum = reports.minimum();
    List<EducationalProgram> all = programs.all(session.scope(), universityId);
    List<Long> moduleIds = new ArrayList<>();
    all.forEach(p -> p.modules().forEach(m -> moduleIds.add(m.id())));
    Map<Long, List<VersionAggregate>> rated = queries.versionsOf(moduleIds, LevelCutoffs.DEFAULT);
    List<ModuleLine> modules = new ArrayList<>();
    Map<String, Pool> fields = new LinkedHashMap<>();
    for (EducationalProgram program : all) {
      for (ProgramModule module : program.modules()) {
        List<VersionAggregate> versions = rated.getOrDefault(module.id(), List.of());
        modules.add(line(program, module, versions, minimum));
        Pool pool = fields.computeIfAbsent(fieldOf(program), f -> new Pool());
        pool.programs.add(program.id());
        pool.modules++;
        if (!versions.isEmpty()) {
          pool.add(versions.get(versions.size() - 1));
        }
      }
    }
    modules.sort(
        Comparator.comparing(
                (ModuleLine l) -> l.satisfaction().standing(), RevisionPriority.FIRST_TO_REVISE)
            .thenComparing(ModuleLine::programCode)
            .thenComparing(ModuleLine::moduleCode));
    List<FieldLine> fieldLines = new ArrayList<>();
    fields.forEach(
        (field, pool) ->
            fieldLines.add(
                new FieldLine(
                    field,
                    pool.programs.size(),
                    pool.modules,
                    Satisfaction.of(pool.means, pool.high, pool.dissatisfied, minimum))));
    fieldLines.sort(
        Comparator.comparing(
                (FieldLine l) -> l.satisfaction().standing(), RevisionPriority.FIRST_TO_REVISE)
            .thenComparing(FieldLine::field));
    return new Overview(minimum, modules, fieldLines);
  }

  private static String fieldOf(EducationalProgram program) {
    return program.field() == null || program.field().isBlank() ? "" : program.field();
  }

  private static ModuleLine line(
      EducationalProgram program,
      ProgramModule module,
      List<VersionAggregate> versions,
      PrivacyMinimum minimum) {
    VersionAggregate latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    VersionAggregate previous = versions.size() < 2 ? null : versions.get(versions.size() - 2);
    Satisfaction now =
        latest == null
            ? new Satisfaction(0, true, null, null, null, null)
            : Satisfaction.of(latest.means(), latest.high(), latest.dissatisfied(), minimum);
    Satisfaction before =
        previous == null
            ? null
            : Satisfaction.of(previous.means(), previous.high(), previous.dissatisfied(), minimum);
    boolean comparable = before != null && !before.withheld() && !now.withheld();
    return new ModuleLine(
        program.id(),
        program.code(),
        program.name(),
        fieldOf(program),
        module.id(),
        module.code(),
        module.title(),
        module.currentVersion(),
        latest == null ? null : latest.version(),
        now,
        previous == null ? null : previous.version(),
        comparable ? before.mean() : null,
        comparable ? now.mean() - before.mean() : null);
  }

  /** A field's respondents, pooled over its modules' latest rated versions. */
  private static final class Pool {
    final Set<Long> programs = new TreeSet<>();
    int modules;
    Moments means = Moments.EMPTY;
    long high;
    long dissatisfied;

    void add(VersionAggregate v) {
      means = means.plus(v.means());
      high += v.high();
      dissatisfied += v.dissatisfied();
    }
  }
}
