package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.kenes.platform.persistence.TransactionMemo;
import kz.kenes.program.domain.CourseModule;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.program.domain.ProgramRepository;
import kz.kenes.program.domain.University;

/** Programs and their modules in {@code educational_program} and {@code program_module}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaProgramRepository implements ProgramRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject TransactionMemo memo;

  @Override
  public Optional<EducationalProgram> find(long id) {
    return Optional.ofNullable(em.find(EducationalProgram.class, id));
  }

  @Override
  public Optional<EducationalProgram> find(University university, String code) {
    return em.createQuery(
            "select p from EducationalProgram p where p.university = :university"
                + " and p.code = :code",
            EducationalProgram.class)
        .setParameter("university", university)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EducationalProgram> findAll() {
    return em.createQuery(
            "select p from EducationalProgram p order by p.university.name, p.code",
            EducationalProgram.class)
        .getResultList();
  }

  @Override
  public List<EducationalProgram> findAll(University university) {
    return em.createQuery(
            "select p from EducationalProgram p where p.university = :university"
                + " order by p.code",
            EducationalProgram.class)
        .setParameter("university", university)
        .getResultList();
  }

  @Override
  public List<EducationalProgram> findPage(Long universityId, String field, int offset, int limit) {
    return filtered(
            "select p",
            universityId,
            field,
            " order by p.university.name, p.code",
            EducationalProgram.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long universityId, String field) {
    return filtered("select count(p)", universityId, field, "", Long.class).getSingleResult();
  }

  @Override
  public List<EducationalProgram> findMatching(
      Long universityId, String text, boolean withModules, int limit) {
    return matching(
            "select p",
            universityId,
            text,
            withModules,
            " order by p.university.name, p.code",
            EducationalProgram.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countMatching(Long universityId, String text, boolean withModules) {
    return matching("select count(p)", universityId, text, withModules, "", Long.class)
        .getSingleResult();
  }

  /**
   * Programs (with modules, when asked), and when {@code text} has any, those where it occurs in
   * the program's or its university's code or name. The text is a LIKE pattern only after its own
   * {@code %}, {@code _} and {@code \} are escaped, so that a user's "50%" means those three
   * characters.
   */
  private <T> TypedQuery<T> matching(
      String select,
      Long universityId,
      String text,
      boolean withModules,
      String orderBy,
      Class<T> type) {
    StringBuilder where = new StringBuilder(" from EducationalProgram p where 1 = 1");
    if (universityId != null) {
      where.append(" and p.university.id = :university");
    }
    if (withModules) {
      where.append(" and p.modules is not empty");
    }
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (!needle.isEmpty()) {
      where.append(
          " and (lower(p.code) like :text escape '\\' or lower(p.name) like :text escape '\\'"
              + " or lower(p.university.code) like :text escape '\\'"
              + " or lower(p.university.name) like :text escape '\\')");
    }
    TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
    if (universityId != null) {
      query.setParameter("university", universityId);
    }
    if (!needle.isEmpty()) {
      query.setParameter("text", "%" + likeEscaped(needle) + "%");
    }
    return query;
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Only the conditions asked for, so that no null parameter reaches PostgreSQL untyped. */
  private <T> TypedQuery<T> filtered(
      String select, Long universityId, String field, String orderBy, Class<T> type) {
    StringBuilder where = new StringBuilder(" from EducationalProgram p where 1 = 1");
    if (universityId != null) {
      where.append(" and p.university.id = :university");
    }
    if (field != null) {
      where.append(" and p.field = :field");
    }
    TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
    if (universityId != null) {
      query.setParameter("university", universityId);
    }
    if (universityId != null) {
      query.setParameter("university", universityId);
    }
    if (field != null) {
      query.setParameter("field", field);
    }
    return query;
  }

  @Override
  @Transactional
  public void remove(long id) {
    EducationalProgram program = em.find(EducationalProgram.class, id);
    if (program != null) {
      em.remove(program);
    }
  }

  @Override
  @Transactional
  public EducationalProgram store(EducationalProgram program) {
    if (program.id() == null) {
      em.persist(program);
      em.flush();
      return program;
    }
    EducationalProgram merged = em.merge(program);
    em.flush();
    return merged;
  }

  @Override
  public Optional<ProgramModule> findModule(long moduleId) {
    return Optional.ofNullable(em.find(ProgramModule.class, moduleId));
  }

  @Override
  public Optional<Integer> currentVersionOf(long programId, long moduleId) {
    return em.createQuery(
            "select m.currentVersion from ProgramModule m"
                + " where m.id = :module and m.program.id = :program",
            Integer.class)
        .setParameter("module", moduleId)
        .setParameter("program", programId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ProgramModule> findModulesDeliveredIn(long contextRef) {
    return em.createQuery(
            "select m from ProgramModule m, CourseModule cm"
                + " where cm.contextRef = :context and cm.moduleId = m.id"
                + " order by m.program.code, m.position",
            ProgramModule.class)
        .setParameter("context", contextRef)
        .getResultList();
  }

  @Override
  @Transactional
  public void deliver(long contextRef, ProgramModule module) {
    if (em.find(CourseModule.class, new CourseModule.Key(contextRef, module.id())) == null) {
      em.persist(new CourseModule(contextRef, module.id()));
      JpaCourseDeliveries.forgetPrograms(memo, contextRef);
    }
  }
}
