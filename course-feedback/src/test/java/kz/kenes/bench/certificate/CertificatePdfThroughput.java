package kz.kenes.bench.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.kenes.certificate.application.CertificatePdf;
import kz.kenes.certificate.domain.Certificate.Content;

/**
 * Certificate PDFs per second on one thread (one core), outside the server (docs/performance.md):
 * {@code mvn -q -Pbench-certificate-pdf process-test-classes -Dbench.pdfs=2000}. Warms up with a
 * quarter of the count, then renders {@code --pdfs} certificates (Kazakh text, four competencies,
 * the QR code) and prints the rate by the wall clock and by the thread's CPU time (what one core
 * does when the machine is shared), and the mean size.
 */
public final class CertificatePdfThroughput {

  private CertificatePdfThroughput() {}

  public static void main(String[] args) {
    int count = 2000;
    for (String arg : args) {
      if (arg.startsWith("--pdfs=")) {
        count = Integer.parseInt(arg.substring("--pdfs=".length()));
      }
    }
    Content content =
        new Content(
            "Әлия Ғабитқызы Қоңыратбаева",
            "AGR-101 Агрономия",
            "Топырақтану негіздері",
            72,
            new BigDecimal("2.5"),
            List.of(
                "Топырақ картасын оқиды",
                "Өнімділікті бағалайды",
                "Reads a soil map",
                "Читает почвенную карту"));
    Locale kk = Locale.forLanguageTag("kk");
    long bytes = 0;
    for (int i = 0; i < count / 4; i++) {
      bytes += render(content, i, kk);
    }
    bytes = 0;
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      bytes += render(content, i, kk);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "certificate PDFs: %d in %.2f s on one thread = %.1f/s (wall), %.1f ms each, mean %d"
            + " bytes; CPU time of the thread %.2f s = %.1f/s per CPU-second%n",
        count,
        seconds,
        count / seconds,
        1000 * seconds / count,
        bytes / count,
        cpu,
        count / cpu);
  }

  private static int render(Content content, int i, Locale locale) {
    String number = String.format(Locale.ROOT, "7K3M-Q9XD-2PWA-%04d", i % 10_000);
    return CertificatePdf.render(
            new CertificatePdf.Sheet(
                content,
                number,
                Instant.parse("2026-12-06T10:00:00Z"),
                "https://kenes.example.edu/verify/" + number),
            locale)
        .length;
  }
}
