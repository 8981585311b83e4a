package org.ipu.assembly.web.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The consolidated list as PDF, in French and Arabic, text escaped. */
class ConsolidatedListDocumentTest {

  private static final DocumentRenderer DOCUMENTS = new DocumentRenderer();

  private static String text(Language language, String paragraph, String sponsor)
      throws IOException {
    byte[] pdf =
        DOCUMENTS.pdf(
            ConsolidatedListDocument.TEMPLATE,
            ConsolidatedListDocument.model(ConsolidatedLists.of(14, paragraph, sponsor), language),
            language.locale());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void inFrenchTheListReadsAsTheCommitteeHasIt() throws IOException {
    String text = text(Language.FR, "Appelle les parlements à agir ;", "France");
    assertThat(text)
        .contains("Liste récapitulative des amendements")
        .contains("Développement durable")
        .contains("Le rôle des parlements face au changement climatique")
        .contains("Amendement 1 : Remplacer des mots dans Dispositif par. 1 (texte français)")
        .contains("France, Kenya")
        .doesNotContain("Japon")
        .contains("Parce que <b>c’est</b> mieux & plus clair.")
        .contains("incompatible avec nº 6")
        .contains("tardif")
        .contains("Ordre de vote proposé");
  }

  @Test
  void inArabicTheWordsAndTheTextReadInOrder() throws IOException {
    String text = text(Language.AR, "يدعو البرلمانات إلى العمل", "فرنسا");
    assertThat(text)
        .contains("القائمة الموحدة للتعديلات")
        .contains("ترتيب التصويت المقترح")
        .contains("البرلمانات")
        .contains("فرنسا");
  }
}
