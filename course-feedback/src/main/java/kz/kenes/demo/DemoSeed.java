package kz.kenes.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.kenes.devplatform.DevModeGate;
import kz.kenes.devplatform.DevPlatformReady;

/**
 * Loads the demo data at each start in dev mode, once the development platform is registered
 * ({@link DevPlatformReady}); never outside dev mode. Idempotent: what exists is kept, only what is
 * missing is created. It creates ({@link DemoCatalog#standard()}):
 *
 * <ul>
 *   <li>the university <b>Dala State University</b> (code {@code DEMO-DSU}, invented);
 *   <li>the program <b>Agronomy</b> ({@code AGR}, field "Agriculture and veterinary") with modules
 *       AGR-101 Soil Science (5 credits), AGR-102 Plant Physiology (5), AGR-201 Crop Production
 *       Technology (6), AGR-202 Plant Protection and Integrated Pest Management (5), AGR-301
 *       Precision Agriculture (4);
 *   <li>the program <b>Software Engineering</b> ({@code SE}, field "Engineering and IT") with
 *       modules SE-101 Programming Fundamentals (5), SE-102 Databases (5), SE-201 Web Application
 *       Development (6), SE-202 Software Testing and Quality Assurance (4);
 *   <li>the course <b>AGR-201 Crop Production Technology</b>: an LTI context {@code
 *       demo-course-agronomy} of the development platform's registration and deployment {@code
 *       dev-deployment-1}, delivering AGR-201, AGR-202 and AGR-301;
 *   <li>four users of the development platform (LTI {@code sub}, name, email): {@code demo-learner}
 *       Aruzhan Serikkyzy (learner), {@code demo-instructor} Nurlan Abenov (instructor), {@code
 *       demo-admin} Gulnara Temirbekova (administrator), {@code demo-assistant} Daniyar Omarov
 *       (teaching assistant), all with {@code example.edu} emails;
 *   <li>the demo survey of the Agronomy program ({@link DemoSurveySeed}): a closed baseline round
 *       and an open follow-up round with invented responses of applicants, employers and graduates,
 *       and fixed invitation links;
 *   <li>the demo module feedback ({@link DemoModuleFeedbackSeed}): module AGR-202 in two versions,
 *       each rated by invented learners and employers, and a fixed module feedback link.
 * </ul>
 *
 * <p>The course page at {@code /dev/platform} offers these users and this course. A failure is
 * logged and does not stop Kenes.
 */
@ApplicationScoped
public class DemoSeed {

  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  private DevModeGate gate;
  private DemoSeedLoader loader;
  private Clock clock;
  private DemoSurveySeed surveys;

  /** The demo module feedback; null where DemoSeed is made without CDI (unit tests). */
  @Inject DemoModuleFeedbackSeed moduleFeedback;

  /** For the CDI proxy only. */
  protected DemoSeed() {}

  @Inject
  public DemoSeed(DevModeGate gate, DemoSeedLoader loader, Clock clock, DemoSurveySeed surveys) {
    this.gate = Objects.requireNonNull(gate);
    this.loader = Objects.requireNonNull(loader);
    this.clock = Objects.requireNonNull(clock);
    this.surveys = Objects.requireNonNull(surveys);
  }

  void onPlatformReady(@Observes DevPlatformReady ready) {
    seed(ready);
  }

  /**
   * Loads the standard demo for the platform's registration.
   *
   * @return false when nothing was loaded: outside dev mode, or on failure (logged)
   */
  public boolean seed(DevPlatformReady ready) {
    if (!gate.isOpen()) {
      LOG.fine("Demo seed skipped: not in dev mode");
      return false;
    }
    try {
      DemoSeedLoader.Created created =
          loader.load(
              DemoCatalog.standard(),
              ready.registrationId(),
              ready.deploymentId(),
              clock.instant());
      LOG.info(() -> "Dev mode: demo seed " + (created.nothing() ? "already present" : created));
      DemoCatalog catalog = DemoCatalog.standard();
      surveys.load(catalog.university().code(), catalog.course().programCode(), clock.instant());
      if (moduleFeedback != null) {
        moduleFeedback.load(
            catalog.university().code(), catalog.course().programCode(), clock.instant());
      }
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Dev mode: the demo seed could not be loaded", e);
      return false;
    }
  }
}
