package org.ipu.assembly.web.amendments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ipu.assembly.platform.AssemblyException;
import org.junit.jupiter.api.Test;

/** A Word file read as the lines of a pasted draft, Word's numbering made explicit. */
class WordDocumentTextTest {

  private static void paragraph(XWPFDocument document, String text, Integer level) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.createRun().setText(text);
    if (level != null) {
      var numbering = paragraph.getCTP().addNewPPr().addNewNumPr();
      numbering.addNewNumId().setVal(BigInteger.ONE);
      numbering.addNewIlvl().setVal(BigInteger.valueOf(level));
    }
  }

  @Test
  void wordsNumberingBecomesTheNumbersTheSplitterReads() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      paragraph(document, "Recalling the Charter,", null);
      paragraph(document, " ", null);
      paragraph(document, "Calls on parliaments to act;", 0);
      paragraph(document, "Urges governments:", 0);
      paragraph(document, "to report;", 1);
      paragraph(document, "to listen;", 1);
      paragraph(document, "Décide de rester saisie de la question.", 0);
      document.write(out);
    }
    assertThat(WordDocumentText.of(out.toByteArray()))
        .isEqualTo(
            """
            Recalling the Charter,
            1. Calls on parliaments to act;
            2. Urges governments:
            (a) to report;
            (b) to listen;
            3. Décide de rester saisie de la question.""");
  }

  @Test
  void refusesWhatIsNotAWordFile() {
    assertThatThrownBy(() -> WordDocumentText.of("not a docx".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AssemblyException.class)
        .hasMessage("draft.docx.invalid");
    assertThatThrownBy(() -> WordDocumentText.of(new byte[WordDocumentText.MAX_BYTES + 1]))
        .isInstanceOf(AssemblyException.class)
        .hasMessage("draft.docx.too-large");
  }
}
