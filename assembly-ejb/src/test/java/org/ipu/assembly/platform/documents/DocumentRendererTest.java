package org.ipu.assembly.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders a letter in French and in Arabic and reads the PDF back with PDFBox. */
class DocumentRendererTest {

  private static final DocumentTemplate LETTER =
      new DocumentTemplate(DocumentRendererTest.class, "letter.ftlx");

  private final DocumentRenderer renderer = new DocumentRenderer();

  @Test
  void frenchAccentsAreReadBackFromThePdf() throws IOException {
    byte[] pdf =
        renderer.pdf(
            LETTER,
            Map.of(
                "title", "Lettre d’accréditation",
                "addressee", "Mme Hélène Côté-Dupré, Assemblée nationale",
                "paragraphs",
                    List.of(
                        "La délégation française sera conduite par M. François Müller.",
                        "Çà et là : œuvre, naïveté, « guillemets » — fin."),
                "signature", "Le Secrétaire général"),
            Locale.FRENCH);

    String text = text(pdf);
    assertThat(text)
        .contains("Lettre d’accréditation")
        .contains("Mme Hélène Côté-Dupré, Assemblée nationale")
        .contains("La délégation française sera conduite par M. François Müller.")
        .contains("œuvre, naïveté")
        .contains("Le Secrétaire général")
        .doesNotContain("#");
    assertThat(fonts(pdf)).anyMatch(name -> name.endsWith("+NotoSans-Regular"));
  }

  @Test
  void arabicWordsAreReadBackInOrder() throws IOException {
    byte[] pdf =
        renderer.pdf(
            LETTER,
            Map.of(
                "title", "محضر التصويت",
                "addressee", "الجمعية العامة للاتحاد البرلماني الدولي",
                "paragraphs", List.of("اعتمدت الجمعية القرار بأغلبية بسيطة"),
                "signature", "الأمين العام"),
            Locale.forLanguageTag("ar"));

    String text = text(pdf);
    assertInOrder(text, "محضر", "التصويت");
    assertInOrder(text, "الجمعية", "العامة", "للاتحاد", "البرلماني", "الدولي");
    assertInOrder(text, "اعتمدت", "الجمعية", "القرار", "بأغلبية", "بسيطة");
    assertThat(text).contains("الأمين العام").doesNotContain("#");
    assertThat(fonts(pdf)).anyMatch(name -> name.endsWith("+NotoSansArabic-Regular"));
  }

  @Test
  void valuesAreTextNeverMarkup() throws IOException {
    String hostile = "<b>Bold</b> & <script>alert(1)</script> <img src=\"http://example.org/x\"/>";
    Map<String, Object> model =
        Map.of(
            "title",
            "Test",
            "addressee",
            hostile,
            "paragraphs",
            List.of("]]> <!-- -->"),
            "signature",
            "&amp;");

    assertThat(renderer.xhtml(LETTER, model, Locale.ENGLISH))
        .contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;")
        .doesNotContain("<script>")
        .contains("&amp;amp;");
    assertThat(text(renderer.pdf(LETTER, model, Locale.ENGLISH)))
        .contains("<b>Bold</b> & <script>alert(1)</script>")
        .contains("]]> <!-- -->")
        .contains("&amp;");
  }

  @Test
  void theDirectionFollowsTheLanguage() {
    Map<String, Object> model =
        Map.of("title", "t", "addressee", "a", "paragraphs", List.of(), "signature", "s");

    assertThat(renderer.xhtml(LETTER, model, Locale.forLanguageTag("ar")))
        .contains("lang=\"ar\" dir=\"rtl\"");
    assertThat(renderer.xhtml(LETTER, model, Locale.forLanguageTag("es")))
        .contains("lang=\"es\" dir=\"ltr\"");
    assertThat(DocumentRenderer.directionOf("« Résolution »", "rtl")).isEqualTo("ltr");
    assertThat(DocumentRenderer.directionOf("(محضر) Assembly", "ltr")).isEqualTo("rtl");
    assertThat(DocumentRenderer.directionOf("42 —", "rtl")).isEqualTo("rtl");
  }

  /** Every word appears in the text, each after the one before it. */
  private static void assertInOrder(String text, String... words) {
    int from = 0;
    for (String word : words) {
      int at = text.indexOf(word, from);
      assertThat(at)
          .as("'%s' after position %d in:%n%s", word, from, text)
          .isGreaterThanOrEqualTo(0);
      from = at + word.length();
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<String> fonts(byte[] pdf) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          names.add(page.getResources().getFont(name).getName());
        }
      }
    }
    return names;
  }
}
