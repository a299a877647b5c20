package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The development platform's course memberships, served by its Names and Role Provisioning Service:
 * every person of its directory is a member of every course, with the roles of their latest launch
 * into that course, or Learner until they launched. Kept in memory, like the platform's keys: a
 * restart forgets the roles.
 */
@ApplicationScoped
public class DevMemberships {

  static final List<String> LEARNER =
      List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");

  /** A member as the memberships container lists it. */
  public record Member(PlatformUser user, List<String> roles) {}

  @Inject DevPlatformDirectory directory;
  @Inject DevPlatformRegistrar registrar;

  private final Map<String, List<String>> roles = new ConcurrentHashMap<>();

  /** Remembers the roles a launch gave {@code subject} in the course. */
  public void launched(String contextId, String subject, List<String> launchRoles) {
    roles.put(contextId + "\n" + subject, List.copyOf(launchRoles));
  }

  /** The course's members, in the directory's order; empty for a course it does not have. */
  public List<Member> members(String contextId) {
    long registrationId = registrar.ensureRegistered();
    if (directory.course(registrationId, contextId).isEmpty()) {
      return List.of();
    }
    return directory.users(registrationId).stream()
        .map(u -> new Member(u, roles.getOrDefault(contextId + "\n" + u.subject(), LEARNER)))
        .toList();
  }
}
