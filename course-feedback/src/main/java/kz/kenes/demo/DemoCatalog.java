package kz.kenes.demo;

import java.util.List;
import kz.kenes.devplatform.application.PlatformRole;

/**
 * What the demo seed creates, as plain data: the plan that {@link DemoSeedLoader} makes true in the
 * database. See {@link DemoSeed} for the list in words.
 */
public record DemoCatalog(
    University university, List<Program> programs, Course course, List<Person> people) {

  /** The demo university. */
  public record University(String code, String name) {}

  /** An educational program with its modules in order. */
  public record Program(String code, String name, String field, List<Module> modules) {}

  /** A program module. */
  public record Module(String code, String title, int credits) {}

  /**
   * The course of the development platform (an LTI context) and the modules of one program it
   * delivers.
   */
  public record Course(
      String contextId, String label, String title, String programCode, List<String> modules) {}

  /**
   * A user of the development platform.
   *
   * @param role the role this person usually launches with (the course page lets any be chosen)
   */
  public record Person(
      String subject, String givenName, String familyName, String email, PlatformRole role) {

    public String name() {
      return givenName + " " + familyName;
    }
  }

  /** The program a course delivers modules of. */
  public Program program(String code) {
    return programs.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo program " + code));
  }

  /** The standard demo: one university, two programs, one course, four people. */
  public static DemoCatalog standard() {
    return new DemoCatalog(
        new University("DEMO-DSU", "Dala State University"),
        List.of(agronomy(), softwareEngineering()),
        new Course(
            "demo-course-agronomy",
            "AGR-201",
            "Crop Production Technology",
            "AGR",
            List.of("AGR-201", "AGR-202", "AGR-301")),
        demoPeople());
  }

  private static Program agronomy() {
    return new Program(
        "AGR",
        "Agronomy",
        "Agriculture and veterinary",
        List.of(
            new Module("AGR-101", "Soil Science", 5),
            new Module("AGR-102", "Plant Physiology", 5),
            new Module("AGR-201", "Crop Production Technology", 6),
            new Module("AGR-202", "Plant Protection and Integrated Pest Management", 5),
            new Module("AGR-301", "Precision Agriculture", 4)));
  }

  private static Program softwareEngineering() {
    return new Program(
        "SE",
        "Software Engineering",
        "Engineering and IT",
        List.of(
            new Module("SE-101", "Programming Fundamentals", 5),
            new Module("SE-102", "Databases", 5),
            new Module("SE-201", "Web Application Development", 6),
            new Module("SE-202", "Software Testing and Quality Assurance", 4)));
  }

  private static List<Person> demoPeople() {
    return List.of(
        new Person(
            "demo-learner",
            "Aruzhan",
            "Serikkyzy",
            "aruzhan.serikkyzy@students.example.edu",
            PlatformRole.LEARNER),
        new Person(
            "demo-instructor",
            "Nurlan",
            "Abenov",
            "nurlan.abenov@example.edu",
            PlatformRole.INSTRUCTOR),
        new Person(
            "demo-admin",
            "Gulnara",
            "Temirbekova",
            "gulnara.temirbekova@example.edu",
            PlatformRole.ADMIN),
        new Person(
            "demo-assistant",
            "Daniyar",
            "Omarov",
            "daniyar.omarov@example.edu",
            PlatformRole.TEACHING_ASSISTANT));
  }
}
