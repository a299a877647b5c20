package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.certificate.domain.CertificateRepository;
import org.junit.jupiter.api.Test;

/**
 * A learner is noted once per change, not at every landing page. Without the worker thread (no
 * managed thread factory here) each note is written at once.
 */
class SeenLearnersTest {

  private final List<String> writes = new ArrayList<>();
  private String failing = "";
  private final SeenLearners seen = seenLearners();

  @Test
  void aReturningLearnerWithTheSameNameAndCompletionIsNotWrittenAgain() {
    seen.note(1, 7, "Aigerim", false);
    seen.note(1, 7, "Aigerim", false);
    seen.note(1, 7, "Aigerim", false);

    assertThat(writes).containsExactly("1/7 Aigerim false");
  }

  @Test
  void aChangedNameOrCompletionIsWritten() {
    seen.note(1, 7, "Aigerim", false);
    seen.note(1, 7, "Aigerim S.", false);
    seen.note(1, 7, "Aigerim S.", true);

    assertThat(writes)
        .containsExactly("1/7 Aigerim false", "1/7 Aigerim S. false", "1/7 Aigerim S. true");
  }

  @Test
  void eachCourseAndLearnerIsNotedOnItsOwn() {
    seen.note(1, 7, "Aigerim", false);
    seen.note(2, 7, "Aigerim", false);
    seen.note(1, 8, "Dana", false);

    assertThat(writes).hasSize(3);
  }

  @Test
  void aNoteThatFailsIsDroppedWithoutTheOthersAndTriedAgainAtTheNextVisit() {
    failing = "Gone";
    seen.note(1, 7, "Gone", false);
    seen.note(1, 8, "Dana", false);
    failing = "";
    seen.note(1, 7, "Gone", false);

    assertThat(writes).containsExactly("1/8 Dana false", "1/7 Gone false");
  }

  private SeenLearners seenLearners() {
    SeenLearners learners = new SeenLearners();
    learners.clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    learners.certificates =
        (CertificateRepository)
            Proxy.newProxyInstance(
                CertificateRepository.class.getClassLoader(),
                new Class<?>[] {CertificateRepository.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("noteLearners")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  for (Object o : (java.util.Collection<?>) args[0]) {
                    CertificateRepository.LearnerNote n = (CertificateRepository.LearnerNote) o;
                    if (n.displayName().equals(failing)) {
                      throw new IllegalStateException("the learner was deleted");
                    }
                    writes.add(
                        n.contextRef()
                            + "/"
                            + n.userRef()
                            + " "
                            + n.displayName()
                            + " "
                            + n.complete());
                  }
                  return null;
                });
    return learners;
  }
}
