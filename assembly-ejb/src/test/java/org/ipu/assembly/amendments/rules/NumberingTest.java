package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.amendments.rules.ParagraphKind.OPERATIVE;
import static org.ipu.assembly.amendments.rules.ParagraphKind.PREAMBULAR;
import static org.ipu.assembly.amendments.rules.ParagraphKind.SUB_PARAGRAPH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IPU numbering, derived from the order of the paragraphs. */
class NumberingTest {

  @Test
  void numbersPreambularOperativeAndSubParagraphs() {
    List<ParagraphNumber> numbers =
        Numbering.of(
            List.of(
                PREAMBULAR,
                PREAMBULAR,
                OPERATIVE,
                SUB_PARAGRAPH,
                SUB_PARAGRAPH,
                OPERATIVE,
                SUB_PARAGRAPH));
    assertThat(numbers.stream().map(ParagraphNumber::citation))
        .containsExactly("PP1", "PP2", "OP1", "OP1(a)", "OP1(b)", "OP2", "OP2(a)");
    assertThat(numbers.stream().map(ParagraphNumber::mark))
        .containsExactly("", "", "1.", "(a)", "(b)", "2.", "(a)");
  }

  @Test
  void lettersGoOnAfterZ() {
    List<ParagraphKind> kinds = new ArrayList<>(List.of(OPERATIVE));
    kinds.addAll(Collections.nCopies(28, SUB_PARAGRAPH));
    List<ParagraphNumber> numbers = Numbering.of(kinds);
    assertThat(numbers.get(26).letter()).isEqualTo("z");
    assertThat(numbers.get(27).letter()).isEqualTo("aa");
    assertThat(numbers.get(28).letter()).isEqualTo("bb");
  }

  @Test
  void saysWhatIsOutOfOrder() {
    assertThat(Numbering.problem(List.of(PREAMBULAR, OPERATIVE, SUB_PARAGRAPH))).isNull();
    assertThat(Numbering.problem(List.of(OPERATIVE, PREAMBULAR)))
        .isEqualTo("draft.preamble-after-operative");
    assertThat(Numbering.problem(List.of(PREAMBULAR, SUB_PARAGRAPH)))
        .isEqualTo("draft.sub-paragraph-first");
  }
}
