package kz.kenes.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The load generator's own CPU use during the measured window, two ways: the process CPU time
 * divided by wall time and cores, and the mean and maximum of {@link
 * OperatingSystemMXBean#getProcessCpuLoad()} sampled every 500 ms (with the whole machine's load
 * beside it). The generator runs beside the server, so its share is CPU the server did not get.
 */
public final class CpuMeter {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cpu-sampler");
            t.setDaemon(true);
            return t;
          });
  private long startCpu;
  private long startWall;
  private long endCpu;
  private long endWall;
  private double processSum;
  private double processMax;
  private double machineSum;
  private int samples;

  /** The figures of a finished measurement; shares are fractions of all cores (0..1). */
  public record Usage(
      int cores,
      double processShareByCpuTime,
      double processLoadMean,
      double processLoadMax,
      double machineLoadMean,
      int samples) {}

  public void start() {
    startCpu = os.getProcessCpuTime();
    startWall = System.nanoTime();
    sampler.scheduleAtFixedRate(this::sample, 500, 500, TimeUnit.MILLISECONDS);
  }

  public void stop() {
    endCpu = os.getProcessCpuTime();
    endWall = System.nanoTime();
    sampler.shutdownNow();
  }

  private synchronized void sample() {
    double process = os.getProcessCpuLoad();
    double machine = os.getCpuLoad();
    if (process >= 0 && machine >= 0) {
      processSum += process;
      processMax = Math.max(processMax, process);
      machineSum += machine;
      samples++;
    }
  }

  public synchronized Usage usage() {
    double wall = Math.max(1, endWall - startWall);
    double byTime = startCpu < 0 || endCpu < 0 ? Double.NaN : (endCpu - startCpu) / wall / cores;
    return new Usage(
        cores,
        byTime,
        samples == 0 ? Double.NaN : processSum / samples,
        samples == 0 ? Double.NaN : processMax,
        samples == 0 ? Double.NaN : machineSum / samples,
        samples);
  }
}
