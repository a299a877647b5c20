package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import kz.kenes.certificate.domain.Certificate.Content;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The certificate's PDF: rendered to PNG (kept in target/ to be looked at), its QR code decodes to
 * the verification URL, and its text keeps the Kazakh letters.
 */
class CertificatePdfTest {

  static final String URL = "https://kenes.example.edu/verify/7K3M-Q9XD-2PWA-H4TZ";
  static final Content CONTENT =
      new Content(
          "Әлия Ғабитқызы Қоңыратбаева",
          "AGR-101 Агрономия",
          "Топырақтану негіздері: өнім, ұлттық үлгі, һәм іс-тәжірибе, үй, ағаш",
          72,
          new BigDecimal("2.50"),
          List.of("Топырақ картасын оқиды", "Reads a soil map", "Читает почвенную карту"));

  static byte[] pdf(Locale locale) {
    return CertificatePdf.render(
        new CertificatePdf.Sheet(
            CONTENT, "7K3M-Q9XD-2PWA-H4TZ", Instant.parse("2026-12-06T10:00:00Z"), URL),
        locale);
  }

  @Test
  void rendersToAPageWhoseQrCodeDecodesToTheVerificationUrl() throws Exception {
    byte[] bytes = pdf(Locale.forLanguageTag("kk"));
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
      Path png = Path.of("target", "certificate-kk.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(image, "png", png.toFile());
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
    }
  }

  @Test
  void keepsKazakhLettersAndStatesTheFacts() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Әлия Ғабитқызы Қоңыратбаева")
          .contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і")
          .contains("CERTIFICATE OF COMPLETION")
          .contains("72 hours")
          .contains("2.5 credits")
          .contains("Reads a soil map")
          .contains("7K3M-Q9XD-2PWA-H4TZ");
    }
  }

  @Test
  void labelsFollowTheLanguage() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(Locale.forLanguageTag("ru")))) {
      assertThat(new PDFTextStripper().getText(document)).contains("СЕРТИФИКАТ ОБ ОКОНЧАНИИ");
    }
  }

  @Test
  void aProgramCertificateNamesTheProgramAndListsItsCourses() throws Exception {
    Content program =
        new Content(
            "Әлия Нұрланқызы",
            "Агрономия (AGR-B)",
            "Агрономия бакалавры",
            240,
            null,
            List.of("Reads a soil map"),
            List.of("Soil science: Soils", "Water management: Irrigation"));
    byte[] bytes =
        CertificatePdf.render(
            new CertificatePdf.Sheet(
                program, "7K3M-Q9XD-2PWA-H4TZ", Instant.parse("2026-12-06T10:00:00Z"), URL),
            Locale.forLanguageTag("ru"));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("успешно завершил(а) программу")
          .contains("Агрономия (AGR-B)")
          .contains("Курсы программы")
          .contains("Soil science: Soils", "Water management: Irrigation")
          .contains("Reads a soil map");
    }
    try (PDDocument document = Loader.loadPDF(pdf(Locale.forLanguageTag("ru")))) {
      assertThat(new PDFTextStripper().getText(document)).doesNotContain("Курсы программы");
    }
  }
}
