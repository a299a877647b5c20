package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.kenes.survey.domain.RoundKind;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRepository;
import kz.kenes.survey.domain.SurveyRound;

/** Surveys and their rounds ({@code survey}, {@code survey_round}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaSurveyRepository implements SurveyRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<Survey> find(long id) {
    return Optional.ofNullable(em.find(Survey.class, id));
  }

  @Override
  public List<Survey> findAll(List<Long> programIds, int offset, int limit) {
    String where = programIds == null ? "" : " where s.programId in :programs";
    var query =
        em.createQuery("select s from Survey s" + where + " order by s.id desc", Survey.class);
    if (programIds != null) {
      query.setParameter("programs", programIds.isEmpty() ? List.of(-1L) : programIds);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(List<Long> programIds) {
    String where = programIds == null ? "" : " where s.programId in :programs";
    var query = em.createQuery("select count(s) from Survey s" + where, Long.class);
    if (programIds != null) {
      query.setParameter("programs", programIds.isEmpty() ? List.of(-1L) : programIds);
    }
    return query.getSingleResult();
  }

  @Override
  @Transactional
  public Survey store(Survey survey) {
    em.persist(survey);
    em.flush();
    return survey;
  }

  @Override
  public Optional<SurveyRound> findRound(long roundId) {
    return Optional.ofNullable(em.find(SurveyRound.class, roundId));
  }

  @Override
  @Transactional
  public SurveyRound addRound(
      long surveyId, RoundKind kind, String label, Instant opensAt, Instant closesAt, Instant now) {
    Survey survey = em.find(Survey.class, surveyId);
    SurveyRound round = survey.addRound(kind, label, opensAt, closesAt, now);
    em.flush();
    return round;
  }

  @Override
  @Transactional
  public SurveyRound changeRound(long roundId, Consumer<SurveyRound> change) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    change.accept(round);
    em.flush();
    return round;
  }
}
