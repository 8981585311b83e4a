package org.ipu.assembly.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ipu.assembly.accreditation.boundary.BadgeCard;
import org.ipu.assembly.accreditation.rules.BadgeToken;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long 500 badges, each with a 600 x 600 photo and its QR code, take to render into one PDF, as
 * the badges page renders them (in parts, one processor). A benchmark, not a test: run only with
 * {@code -Dbenchmark=true} (see the README); it writes its figures (each run, the median, the
 * range) to {@code target/benchmarks/badges.json}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BadgeBenchmark {

  private static final int BADGES = 500;
  private static final int WARM_UP = 1;
  private static final int RUNS = 5;

  @Test
  void fiveHundredBadgesIntoOnePdf() throws Exception {
    DocumentRenderer documents = new DocumentRenderer();
    List<BadgeCard> cards = cards();
    List<Double> seconds = new ArrayList<>();
    int pages = 0;
    int bytes = 0;
    for (int run = 0; run < WARM_UP + RUNS; run++) {
      long start = System.nanoTime();
      byte[] pdf =
          documents.pdfInParts(
              BadgeSheet.TEMPLATE,
              BadgeSheet.parts(cards, "IPU Assembly 152 · Geneva", Language.EN),
              Locale.ENGLISH,
              done -> {});
      double took = (System.nanoTime() - start) / 1e9;
      if (run >= WARM_UP) {
        seconds.add(took);
      }
      try (PDDocument document = Loader.loadPDF(pdf)) {
        pages = document.getNumberOfPages();
      }
      bytes = pdf.length;
    }
    assertThat(pages).isEqualTo(BADGES);
    double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    String figures =
        String.format(
            Locale.ROOT,
            "{\"badges\": %d, \"runs\": %s, \"medianSeconds\": %.2f, \"minSeconds\": %.2f,"
                + " \"maxSeconds\": %.2f, \"pdfBytes\": %d, \"processors\": %d}%n",
            BADGES,
            Arrays.toString(seconds.stream().map(s -> Math.round(s * 100) / 100.0).toArray()),
            sorted[sorted.length / 2],
            sorted[0],
            sorted[sorted.length - 1],
            bytes,
            Runtime.getRuntime().availableProcessors());
    Path out = Path.of("target", "benchmarks", "badges.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, figures);
    System.out.print("badge benchmark: " + figures);
  }

  private static List<BadgeCard> cards() throws Exception {
    String[] countries = {"FR", "KE", "BR", "JP", "DE", "MA", "IN", "MX", "SE", "NG"};
    ParticipantCategory[] categories = ParticipantCategory.values();
    List<BadgeCard> cards = new ArrayList<>();
    for (int i = 0; i < BADGES; i++) {
      cards.add(
          new BadgeCard(
              i,
              i % 3 == 0 ? "Hon." : null,
              "Given" + i,
              "Family-Name" + i,
              Parliament.ofCountry(countries[i % countries.length]),
              categories[i % categories.length],
              i % 10 == 0,
              photo(i),
              BadgeToken.random()));
    }
    return cards;
  }

  /** A distinct 600 x 600 JPEG, as the registration stores them. */
  private static byte[] photo(int i) throws Exception {
    BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(200, 210, 220));
    g.fillRect(0, 0, 600, 600);
    g.setColor(new Color((i * 37) % 256, (i * 91) % 256, (i * 53) % 256));
    g.fillOval(150, 80, 300, 420);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
