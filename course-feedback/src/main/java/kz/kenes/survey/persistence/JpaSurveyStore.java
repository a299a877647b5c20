package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.survey.domain.Instrument;
import kz.kenes.survey.domain.InstrumentDefinition;
import kz.kenes.survey.domain.Invitation;
import kz.kenes.survey.domain.RoundKind;
import kz.kenes.survey.domain.StakeholderGroup;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRound;

/** Instruments, surveys with their rounds, and invitation links. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaSurveyStore {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  public Optional<Instrument> instrument(long id) {
    return Optional.ofNullable(em.find(Instrument.class, id));
  }

  public Optional<Instrument> instrument(String code) {
    return em.createQuery("select i from Instrument i where i.code = :code", Instrument.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Instrument> instruments(int offset, int limit) {
    return em.createQuery("select i from Instrument i order by i.code", Instrument.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countInstruments() {
    return em.createQuery("select count(i) from Instrument i", Long.class).getSingleResult();
  }

  /** Whether any round asked this instrument version and holds a response, draft or not. */
  public boolean hasResponses(long versionId) {
    return !em.createNativeQuery(
            "select 1 from survey_response r join survey_round o on o.id = r.round_id"
                + " where o.instrument_version_id = ?1")
        .setParameter(1, versionId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Stores a new instrument, survey or invitation. */
  @Transactional
  public <T> T store(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  /**
   * Edits an instrument with a definition already validated: a new version when a round holds
   * responses on the current one, else the current version rewritten.
   */
  @Transactional
  public Instrument edit(long instrumentId, InstrumentDefinition definition, Instant now) {
    Instrument instrument = em.find(Instrument.class, instrumentId);
    boolean answered = hasResponses(instrument.current().id());
    if (!answered) {
      instrument.current().removeItems();
      em.flush();
    }
    instrument.edit(definition, answered, now);
    em.flush();
    return instrument;
  }

  /** Adds a round (its dates already checked) on the instrument's current version. */
  @Transactional
  public SurveyRound addRound(
      long surveyId, RoundKind kind, String label, Instant opensAt, Instant closesAt, Instant now) {
    Survey survey = em.find(Survey.class, surveyId);
    SurveyRound round = survey.addRound(kind, label, opensAt, closesAt, now);
    em.flush();
    return round;
  }

  /** Applies a change to a round in one transaction and answers the round afterwards. */
  @Transactional
  public SurveyRound changeRound(long roundId, java.util.function.Consumer<SurveyRound> change) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    change.accept(round);
    em.flush();
    return round;
  }

  @Transactional
  public Invitation revoke(long invitationId, Instant now) {
    Invitation invitation = em.find(Invitation.class, invitationId);
    invitation.revoke(now);
    em.flush();
    return invitation;
  }

  public Optional<Survey> survey(long id) {
    return Optional.ofNullable(em.find(Survey.class, id));
  }

  public Optional<SurveyRound> round(long id) {
    return Optional.ofNullable(em.find(SurveyRound.class, id));
  }

  /** All surveys, newest first; or only those about programs in {@code programIds}. */
  public List<Survey> surveys(List<Long> programIds, int offset, int limit) {
    String where = programIds == null ? "" : " where s.programId in :programs";
    var query =
        em.createQuery("select s from Survey s" + where + " order by s.id desc", Survey.class);
    if (programIds != null) {
      query.setParameter("programs", programIds.isEmpty() ? List.of(-1L) : programIds);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long countSurveys(List<Long> programIds) {
    String where = programIds == null ? "" : " where s.programId in :programs";
    var query = em.createQuery("select count(s) from Survey s" + where, Long.class);
    if (programIds != null) {
      query.setParameter("programs", programIds.isEmpty() ? List.of(-1L) : programIds);
    }
    return query.getSingleResult();
  }

  /** The programs whose modules a course delivers. */
  public List<Long> programsDeliveredBy(long contextRef) {
    return em
        .createNativeQuery(
            "select distinct m.program_id from context_module c"
                + " join program_module m on m.id = c.module_id where c.context_ref = ?1")
        .setParameter(1, contextRef)
        .getResultList()
        .stream()
        .map(v -> ((Number) v).longValue())
        .toList();
  }

  /**
   * Whether the course delivers what the survey asks about: the survey's module, or any module of
   * its program when it names none.
   */
  public boolean courseDelivers(long contextRef, Survey survey) {
    String condition = survey.moduleId().isPresent() ? "m.id = ?2" : "m.program_id = ?2";
    long target = survey.moduleId().orElse(survey.programId());
    return !em.createNativeQuery(
            "select 1 from context_module c join program_module m on m.id = c.module_id"
                + " where c.context_ref = ?1 and "
                + condition)
        .setParameter(1, contextRef)
        .setParameter(2, target)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The rounds open now to the learners of a course, by survey and position. Every learner landing
   * asks this, so the course filter is in SQL (one statement, however many rounds the university
   * has open) and the rounds, when there are any, come with their survey, instrument and version in
   * a second.
   */
  public List<SurveyRound> openRoundsFor(long contextRef, Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select r.id from survey_round r join survey s on s.id = r.survey_id"
                    + " where r.closed_at is null and r.opens_at <= ?1 and r.closes_at > ?1"
                    + " and (s.module_id in"
                    + " (select c.module_id from context_module c where c.context_ref = ?2)"
                    + " or (s.module_id is null and s.program_id in (select m.program_id"
                    + " from context_module c join program_module m on m.id = c.module_id"
                    + " where c.context_ref = ?2)))")
            .setParameter(1, Timestamps.toColumn(now))
            .setParameter(2, contextRef)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from SurveyRound r join fetch r.survey s join fetch s.instrument"
                + " join fetch r.version where r.id in :ids order by s.id, r.position",
            SurveyRound.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }

  public Optional<Invitation> invitation(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  /** The link the staff page form {@code formId} made in the round, if it made one. */
  public Optional<Invitation> invitationByForm(long roundId, String formId) {
    return em.createQuery(
            "select i from Invitation i where i.round.id = :round and i.formId = :form",
            Invitation.class)
        .setParameter("round", roundId)
        .setParameter("form", formId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Invitation> invitationByHash(String tokenHash) {
    // one statement for what a respondent's request needs: the link, its round, the round's
    // survey and instrument version with its items
    return em.createQuery(
            "select i from Invitation i join fetch i.round r join fetch r.survey"
                + " join fetch r.version v left join fetch v.items where i.tokenHash = :hash",
            Invitation.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  public List<Invitation> invitations(long roundId) {
    return em.createQuery(
            "select i from Invitation i where i.round.id = :round order by i.id", Invitation.class)
        .setParameter("round", roundId)
        .getResultList();
  }

  public List<StakeholderGroup> groups() {
    return em.createQuery(
            "select g from StakeholderGroup g order by g.builtIn desc, g.code",
            StakeholderGroup.class)
        .getResultList();
  }

  public Optional<StakeholderGroup> group(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(StakeholderGroup.class, code));
  }
}
