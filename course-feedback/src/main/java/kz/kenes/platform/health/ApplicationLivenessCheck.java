package kz.kenes.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head-room after garbage collection; a restart helps nothing else. The heap
 * in use at any moment counts garbage not yet collected (a busy server sits near its maximum
 * between collections), so the check reads each heap pool's usage <em>after its last
 * collection</em>: down only when what survives collection fills more than 95 % of what the pools
 * may hold.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  /** The share of the collectable heap that may survive collection before the JVM is not live. */
  static final double LIMIT = 0.95;

  @Override
  public HealthCheckResponse call() {
    List<MemoryUsage> afterCollection =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getCollectionUsage)
            .filter(usage -> usage != null)
            .toList();
    long live = afterCollection.stream().mapToLong(MemoryUsage::getUsed).sum();
    return HealthCheckResponse.named("memory")
        .status(hasHeadRoom(afterCollection))
        .withData("liveBytesAfterCollection", live)
        .build();
  }

  /**
   * Whether the heap left after the last collections is below {@link #LIMIT} of the pools' maxima.
   * Pools without a maximum count with what they have committed; no pools (no collection yet) is
   * live.
   */
  static boolean hasHeadRoom(List<MemoryUsage> afterCollection) {
    long used = 0;
    long max = 0;
    for (MemoryUsage usage : afterCollection) {
      used += usage.getUsed();
      max += usage.getMax() > 0 ? usage.getMax() : usage.getCommitted();
    }
    return max <= 0 || used < max * LIMIT;
  }
}
