package kz.kenes.platform.concurrent;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes kept off the request: values put by key (a later one replaces a pending one of the same
 * key), written by a worker every {@code interval} (sooner when {@code batch} are pending) in one
 * call of {@code write}, or at once by {@link #flush()}. A batch that fails is written value by
 * value; a value that still fails is dropped, and {@code written} is told only of what was written,
 * so the caller notes it again at its next occasion. Values still pending when the server is killed
 * are lost (ADR 0016, ADR 0039).
 *
 * @param <K> what a value is about (one pending value per key)
 * @param <V> what is written
 */
public final class PendingWrites<K, V> {

  private final Map<K, V> pending = new ConcurrentHashMap<>();
  private final Object writing = new Object();
  private final int batch;
  private final Consumer<Collection<V>> write;
  private final BiConsumer<K, V> written;
  private final String what;
  private final Logger log;
  private final BackgroundLoop worker;

  /**
   * @param name the worker thread's name
   * @param interval how often the worker writes what is pending
   * @param batch how many pending values wake the worker before its time
   * @param write writes values, all or none (in a transaction of its own)
   * @param written told of each value once written
   * @param what what a value is, for the log ("certificate learner notes")
   * @param log the logger of the class the writes are for
   */
  public PendingWrites(
      String name,
      Duration interval,
      int batch,
      Consumer<Collection<V>> write,
      BiConsumer<K, V> written,
      String what,
      Logger log) {
    this.batch = batch;
    this.write = write;
    this.written = written;
    this.what = what;
    this.log = log;
    this.worker =
        new BackgroundLoop(
            name,
            interval,
            () -> {
              flush();
              return false;
            },
            () -> what + " could not be written; trying again",
            log);
  }

  /** Keeps {@code value} to be written, replacing a pending value of the same key. */
  public void put(K key, V value) {
    pending.put(key, value);
    if (pending.size() >= batch) {
      worker.wake();
    }
  }

  /** Whether the worker runs. */
  public boolean running() {
    return worker.running();
  }

  /** Writes every pending value now, on the caller's thread. */
  public void flush() {
    synchronized (writing) {
      if (pending.isEmpty()) {
        return;
      }
      List<Map.Entry<K, V>> taken = new ArrayList<>();
      for (Map.Entry<K, V> entry : pending.entrySet()) {
        if (pending.remove(entry.getKey(), entry.getValue())) {
          taken.add(Map.entry(entry.getKey(), entry.getValue()));
        }
      }
      try {
        write.accept(taken.stream().map(Map.Entry::getValue).toList());
        taken.forEach(e -> written.accept(e.getKey(), e.getValue()));
      } catch (RuntimeException batchFailed) {
        for (Map.Entry<K, V> entry : taken) {
          try {
            write.accept(List.of(entry.getValue()));
            written.accept(entry.getKey(), entry.getValue());
          } catch (RuntimeException failed) {
            log.log(Level.FINE, "One of the " + what + " could not be written; dropped", failed);
          }
        }
      }
    }
  }

  /** Starts the worker on a thread of {@code threads} (none: writes happen at {@link #flush()}). */
  public void start(ManagedThreadFactory threads) {
    if (threads != null) {
      worker.start(threads);
    }
  }

  /** Stops the worker and writes what is pending. */
  public void stop() {
    worker.stop();
    try {
      flush();
    } catch (RuntimeException e) {
      log.log(Level.FINE, "Pending " + what + " were not written at shutdown", e);
    }
  }
}
