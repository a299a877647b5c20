package kz.kenes.bench;

import java.util.List;

/**
 * Who launches in one flow, as the platform describes them in the id_token: the {@code sub}, a
 * display name, the number that picks the role and the locale, the course and the resource link.
 *
 * @param sub the LTI user id ({@code sub} and {@code login_hint})
 * @param name the display name
 * @param number picks the role (every 20th an institution administrator and instructor, every 5th
 *     an instructor, the others learners) and the locale (kk, ru, en in turn)
 * @param course the LTI context id
 * @param link the resource link id
 */
record BenchUser(String sub, String name, long number, String course, String link) {

  private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
  private static final List<String> LOCALES = List.of("kk", "ru", "en");

  /**
   * The returning learner of virtual user {@code index}: the same person at every flow of that
   * virtual user, in one of 5 courses and 10 resource links.
   */
  static BenchUser returning(int index) {
    return new BenchUser(
        "bench-user-" + index,
        "Bench User " + index,
        index,
        "bench-course-" + index % 5,
        "bench-link-" + index % 10);
  }

  String email() {
    return sub + "@example.invalid";
  }

  List<String> roles() {
    if (number % 20 == 0) {
      return List.of(LIS + "institution/person#Administrator", LIS + "membership#Instructor");
    }
    return List.of(LIS + (number % 5 == 0 ? "membership#Instructor" : "membership#Learner"));
  }

  String locale() {
    return LOCALES.get((int) (number % LOCALES.size()));
  }
}
