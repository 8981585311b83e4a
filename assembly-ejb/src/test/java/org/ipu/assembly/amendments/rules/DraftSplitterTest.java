package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.amendments.rules.ParagraphKind.OPERATIVE;
import static org.ipu.assembly.amendments.rules.ParagraphKind.PREAMBULAR;
import static org.ipu.assembly.amendments.rules.ParagraphKind.SUB_PARAGRAPH;

import java.util.List;
import org.ipu.assembly.amendments.rules.DraftSplitter.Split;
import org.junit.jupiter.api.Test;

/** A pasted draft split into paragraphs. */
class DraftSplitterTest {

  @Test
  void splitsPreambleOperativeAndSubParagraphs() {
    String pasted =
        """
        Recalling the Charter of the United Nations,

        (b)  Noting   with concern the rise of conflicts,
        1. Calls on parliaments to act;
        2) Urges governments:
           (a) to report;
           b) to  listen;
        Decides to remain seized of the matter.
        """;
    assertThat(DraftSplitter.split(pasted))
        .containsExactly(
            new Split(PREAMBULAR, "Recalling the Charter of the United Nations,"),
            new Split(PREAMBULAR, "Noting with concern the rise of conflicts,"),
            new Split(OPERATIVE, "Calls on parliaments to act;"),
            new Split(OPERATIVE, "Urges governments:"),
            new Split(SUB_PARAGRAPH, "to report;"),
            new Split(SUB_PARAGRAPH, "to listen;"),
            new Split(OPERATIVE, "Decides to remain seized of the matter."));
  }

  @Test
  void readsArabicDigitsAndCrLf() {
    assertThat(DraftSplitter.split("يشير إلى الميثاق،\r\n١. يدعو البرلمانات\r\n"))
        .containsExactly(
            new Split(PREAMBULAR, "يشير إلى الميثاق،"), new Split(OPERATIVE, "يدعو البرلمانات"));
  }

  @Test
  void nothingPastedIsNoParagraph() {
    assertThat(DraftSplitter.split(" \n\n ")).isEqualTo(List.of());
    assertThat(DraftSplitter.split(null)).isEqualTo(List.of());
  }
}
