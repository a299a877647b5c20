package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The development platform's memory of deep linking: the {@code data} it sent with each deep
 * linking request (which course it was for; the response must echo it) and the links Kenes placed,
 * in the order they came. In memory only, like the platform's keys: a restart forgets them.
 */
@ApplicationScoped
public class PlacedLinks {

  /** How long a deep linking request's data is honoured. */
  static final Duration DATA_LIFETIME = Duration.ofHours(1);

  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final List<PlacedLink> links = new CopyOnWriteArrayList<>();
  private final AtomicLong next = new AtomicLong(1);
  private final SecureRandom random = new SecureRandom();

  /**
   * Part of every resource link id, new at each start: the placed links live in memory, Kenes's
   * resource links (with the line item each one was given) in its database, so after a restart
   * {@code placed-1} would be taken for the link of the last run, whose line item this platform's
   * new gradebook no longer has.
   */
  private final String instance = HexFormat.of().formatHex(random.generateSeed(4));

  private record Issued(String contextId, Instant at) {}

  /** The opaque {@code data} of a new deep linking request from {@code contextId}. */
  public String issueData(String contextId, Clock clock) {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    String data = "dl-" + HexFormat.of().formatHex(bytes);
    issued.put(data, new Issued(contextId, clock.instant()));
    return data;
  }

  /** The course a response's echoed {@code data} was issued for, once and while it is fresh. */
  public Optional<String> redeemData(String data, Clock clock) {
    Issued found = data == null ? null : issued.remove(data);
    if (found == null || found.at().plus(DATA_LIFETIME).isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(found.contextId());
  }

  /** Keeps a placed link under a new resource link id and returns it. */
  public PlacedLink place(
      String contextId,
      String title,
      String url,
      Map<String, String> custom,
      Double scoreMaximum,
      String lineItemLabel) {
    PlacedLink link =
        new PlacedLink(
            "placed-" + instance + "-" + next.getAndIncrement(),
            contextId,
            title,
            url,
            custom,
            scoreMaximum,
            lineItemLabel);
    links.add(link);
    return link;
  }

  public Optional<PlacedLink> find(String id) {
    return links.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Every placed link, oldest first. */
  public List<PlacedLink> all() {
    return new ArrayList<>(links);
  }
}
