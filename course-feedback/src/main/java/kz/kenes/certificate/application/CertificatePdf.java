package kz.kenes.certificate.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.platform.i18n.Messages;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A certificate as a one-page PDF (A4 landscape, PDFBox): the learner's name, the title and course,
 * the date, hours and credits, the competencies, the number, and a QR code of the verification URL
 * drawn as vector squares. Text is set in DejaVu Sans (embedded as a subset; it covers Kazakh
 * Cyrillic, {@code fonts/DejaVu-LICENSE.txt}); the labels are in the language asked for. Plain
 * Java, no container: the benchmark and the tests call it directly.
 */
public final class CertificatePdf {

  private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

  /**
   * The parsed fonts, one pair per thread: parsing a 700 KB TrueType file is most of a PDF's cost,
   * and a parsed font reads its tables lazily, so it is not shared between threads. A document does
   * not close the font it embeds a subset of.
   */
  private static final ThreadLocal<TrueTypeFont[]> PARSED =
      ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(REGULAR), parse(BOLD)});

  private static final float WIDTH = PDRectangle.A4.getHeight();
  private static final float HEIGHT = PDRectangle.A4.getWidth();
  private static final float MARGIN = 56;

  /** What one certificate shows. */
  public record Sheet(
      Content content, String number, java.time.Instant issuedAt, String verificationUrl) {}

  private CertificatePdf() {}

  /** The PDF of a certificate, labels in {@code locale}. */
  public static byte[] render(Sheet sheet, Locale locale) {
    ResourceBundle labels = Messages.bundle(locale);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
      document.addPage(page);
      TrueTypeFont[] fonts = PARSED.get();
      PDFont regular = PDType0Font.load(document, fonts[0], true);
      PDFont bold = PDType0Font.load(document, fonts[1], true);
      Content c = sheet.content();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(c.title() + " — " + c.learnerName());
      info.setCreator("Kenes");
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        frame(out);
        float y = HEIGHT - MARGIN - 40;
        y = centred(out, bold, 30, labels.getString("certificate.pdf.heading"), y);
        y = centred(out, regular, 13, labels.getString("certificate.pdf.certifies"), y - 22);
        y = centred(out, bold, 26, c.learnerName(), y - 20);
        boolean program = !c.programCourses().isEmpty();
        y =
            centred(
                out,
                regular,
                13,
                labels.getString(program ? "progcert.pdf.completed" : "certificate.pdf.completed"),
                y - 18);
        for (String line : wrap(bold, 18, c.title(), WIDTH - 2 * MARGIN - 40)) {
          y = centred(out, bold, 18, line, y - 8);
        }
        if (!c.courseTitle().isBlank() && !c.courseTitle().equals(c.title())) {
          y = centred(out, regular, 12, c.courseTitle(), y - 6);
        }
        String facts = facts(c, sheet, labels, locale);
        y = centred(out, regular, 12, facts, y - 16);
        y -= 10;
        if (program) {
          y =
              list(
                  out,
                  bold,
                  regular,
                  labels.getString("progcert.pdf.courses"),
                  c.programCourses(),
                  y);
        }
        if (!c.competencies().isEmpty()) {
          y =
              left(
                  out,
                  bold,
                  11,
                  labels.getString("certificate.pdf.competencies"),
                  MARGIN + 20,
                  y - 14);
          for (String competency : c.competencies()) {
            for (String line : wrap(regular, 10, "• " + competency, WIDTH - 2 * MARGIN - 200)) {
              if (y < MARGIN + 60) {
                break;
              }
              y = left(out, regular, 10, line, MARGIN + 28, y - 4);
            }
          }
        }
        left(
            out,
            regular,
            10,
            labels.getString("certificate.pdf.number") + " " + sheet.number(),
            MARGIN + 20,
            MARGIN + 34);
        left(out, regular, 8, sheet.verificationUrl(), MARGIN + 20, MARGIN + 20);
        qr(out, sheet.verificationUrl(), WIDTH - MARGIN - 20 - 110, MARGIN + 14, 110);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the certificate's PDF", e);
    }
  }

  /** A heading and its items, one line each (wrapped), as far as the page has room. */
  private static float list(
      PDPageContentStream out,
      PDFont bold,
      PDFont regular,
      String heading,
      List<String> items,
      float top)
      throws IOException {
    float y = left(out, bold, 11, heading, MARGIN + 20, top - 14);
    for (String item : items) {
      for (String line : wrap(regular, 10, "• " + item, WIDTH - 2 * MARGIN - 200)) {
        if (y < MARGIN + 60) {
          return y;
        }
        y = left(out, regular, 10, line, MARGIN + 28, y - 4);
      }
    }
    return y;
  }

  private static String facts(Content c, Sheet sheet, ResourceBundle labels, Locale locale) {
    List<String> parts = new ArrayList<>();
    parts.add(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(sheet.issuedAt().atZone(ZoneOffset.UTC)));
    if (c.hours() != null) {
      parts.add(labels.getString("certificate.pdf.hours").replace("{0}", c.hours().toString()));
    }
    if (c.credits() != null) {
      parts.add(labels.getString("certificate.pdf.credits").replace("{0}", plain(c.credits())));
    }
    return String.join("  ·  ", parts);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static void frame(PDPageContentStream out) throws IOException {
    out.setStrokingColor(0.11f, 0.32f, 0.45f);
    out.setLineWidth(3);
    out.addRect(MARGIN / 2, MARGIN / 2, WIDTH - MARGIN, HEIGHT - MARGIN);
    out.stroke();
    out.setLineWidth(0.8f);
    out.addRect(MARGIN / 2 + 6, MARGIN / 2 + 6, WIDTH - MARGIN - 12, HEIGHT - MARGIN - 12);
    out.stroke();
    out.setNonStrokingColor(0.1f, 0.1f, 0.1f);
  }

  private static float centred(
      PDPageContentStream out, PDFont font, float size, String text, float y) throws IOException {
    String shown = printable(font, text);
    float room = WIDTH - 2 * MARGIN - 24;
    float fitted = Math.min(size, room * 1000 / Math.max(1, font.getStringWidth(shown)));
    float width = font.getStringWidth(shown) / 1000 * fitted;
    float x = Math.max(MARGIN, (WIDTH - width) / 2);
    return show(out, font, fitted, shown, x, y - (size - fitted));
  }

  private static float left(
      PDPageContentStream out, PDFont font, float size, String text, float x, float y)
      throws IOException {
    return show(out, font, size, printable(font, text), x, y);
  }

  private static float show(
      PDPageContentStream out, PDFont font, float size, String text, float x, float y)
      throws IOException {
    float baseline = y - size;
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, baseline);
    out.showText(text);
    out.endText();
    return baseline;
  }

  /** Lines of at most {@code width} points, broken between words. */
  static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(font, text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines.isEmpty() ? List.of("") : lines;
  }

  /** The text with control characters and glyphs the font lacks replaced by a space or '?'. */
  static String printable(PDFont font, String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                shown.append(' ');
              } else if (hasGlyph(font, cp)) {
                shown.appendCodePoint(cp);
              } else {
                shown.append('?');
              }
            });
    return shown.toString();
  }

  private static boolean hasGlyph(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private static void qr(PDPageContentStream out, String url, float x, float y, float size)
      throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  url,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      4,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("the verification URL does not fit a QR code", e);
    }
    float module = size / matrix.getWidth();
    out.setNonStrokingColor(1f, 1f, 1f);
    out.addRect(x, y, size, size);
    out.fill();
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    out.fill();
  }

  private static TrueTypeFont parse(byte[] bytes) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the certificate font", e);
    }
  }

  private static byte[] font(String resource) {
    try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing font " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
