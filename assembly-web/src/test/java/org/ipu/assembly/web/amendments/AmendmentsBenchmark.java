package org.ipu.assembly.web.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the consolidated list of 300 amendments takes to render as PDF, in French and in Arabic
 * (the goal: under 10 s). A benchmark, not a test: run only with {@code -Dbenchmark=true}; it
 * writes its figures to {@code docs/performance/2026-11-30/amendments.json}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AmendmentsBenchmark {

  private static final int AMENDMENTS = 300;
  private static final int WARM_UP = 1;
  private static final int RUNS = 3;

  @Test
  void threeHundredAmendmentsIntoOnePdf() throws Exception {
    DocumentRenderer documents = new DocumentRenderer();
    StringBuilder json = new StringBuilder("{\"amendments\": " + AMENDMENTS + ", \"languages\": {");
    for (Language language : List.of(Language.FR, Language.AR)) {
      ConsolidatedList list =
          ConsolidatedLists.of(
              AMENDMENTS,
              language == Language.AR
                  ? "يدعو البرلمانات إلى اعتماد تشريعات بشأن تغير المناخ وإلى متابعة تنفيذها"
                  : "Appelle les parlements à adopter des lois sur le changement climatique et à"
                      + " en suivre la mise en œuvre ;",
              language == Language.AR ? "فرنسا" : "France");
      List<Double> seconds = new ArrayList<>();
      int pages = 0;
      int bytes = 0;
      for (int run = 0; run < WARM_UP + RUNS; run++) {
        long start = System.nanoTime();
        byte[] pdf =
            documents.pdf(
                ConsolidatedListDocument.TEMPLATE,
                ConsolidatedListDocument.model(list, language),
                language.locale());
        double took = (System.nanoTime() - start) / 1e9;
        if (run >= WARM_UP) {
          seconds.add(took);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
          pages = document.getNumberOfPages();
        }
        bytes = pdf.length;
      }
      double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      assertThat(sorted[sorted.length / 2]).as("median seconds").isLessThan(10);
      json.append(
          String.format(
              java.util.Locale.ROOT,
              "%s\"%s\": {\"runs\": %s, \"medianSeconds\": %.2f, \"maxSeconds\": %.2f,"
                  + " \"pages\": %d, \"pdfBytes\": %d}",
              language == Language.FR ? "" : ", ",
              language.code(),
              Arrays.toString(seconds.stream().map(s -> Math.round(s * 100) / 100.0).toArray()),
              sorted[sorted.length / 2],
              sorted[sorted.length - 1],
              pages,
              bytes));
    }
    json.append(
        String.format("}, \"processors\": %d}%n", Runtime.getRuntime().availableProcessors()));
    Path out = Path.of("..", "docs", "performance", "2026-11-30", "amendments.json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, json);
    System.out.print("amendments benchmark: " + json);
  }
}
