package kz.kenes.platform.metrics;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A MetricRegistry for tests without Liberty: it keeps the counters and gauges registered through
 * the two methods {@link KenesMetrics} calls ({@code counter(Metadata, Tag...)} and {@code
 * gauge(Metadata, Supplier, Tag...)}), keyed by name and sorted tags, and the descriptions; any
 * other method fails the test.
 */
final class RecordingRegistry {

  final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  final Map<String, Supplier<?>> gauges = new ConcurrentHashMap<>();
  final Map<String, String> descriptions = new ConcurrentHashMap<>();
  final AtomicLong counterLookups = new AtomicLong();
  RuntimeException failure;

  MetricRegistry registry() {
    return (MetricRegistry)
        Proxy.newProxyInstance(
            MetricRegistry.class.getClassLoader(),
            new Class<?>[] {MetricRegistry.class},
            (proxy, method, args) -> {
              if (failure != null) {
                throw failure;
              }
              if (method.getName().equals("counter")
                  && args.length == 2
                  && args[0] instanceof Metadata metadata) {
                counterLookups.incrementAndGet();
                AtomicLong count =
                    counts.computeIfAbsent(key(metadata, (Tag[]) args[1]), k -> new AtomicLong());
                descriptions.put(metadata.getName(), metadata.getDescription());
                return counter(count);
              }
              if (method.getName().equals("gauge")
                  && args.length == 3
                  && args[0] instanceof Metadata metadata
                  && args[1] instanceof Supplier<?> supplier) {
                gauges.put(key(metadata, (Tag[]) args[2]), supplier);
                descriptions.put(metadata.getName(), metadata.getDescription());
                return null;
              }
              throw new UnsupportedOperationException(method.toString());
            });
  }

  /** The count of {@code name} with these tags ({@code "role=learner"}, …); 0 if never counted. */
  long count(String name, String... tags) {
    AtomicLong count = counts.get(name + sorted(tags));
    return count == null ? 0 : count.get();
  }

  private static String key(Metadata metadata, Tag[] tags) {
    return metadata.getName()
        + sorted(Arrays.stream(tags).map(t -> t.getTagName() + "=" + t.getTagValue()).toArray());
  }

  private static String sorted(Object[] tags) {
    Map<String, Boolean> set = new TreeMap<>();
    for (Object tag : tags) {
      set.put(tag.toString(), true);
    }
    return set.keySet().toString();
  }

  private static Counter counter(AtomicLong count) {
    return (Counter)
        Proxy.newProxyInstance(
            Counter.class.getClassLoader(),
            new Class<?>[] {Counter.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "inc" -> count.addAndGet(args == null ? 1 : (Long) args[0]);
                  case "getCount" -> count.get();
                  default -> throw new UnsupportedOperationException(method.toString());
                });
  }
}
