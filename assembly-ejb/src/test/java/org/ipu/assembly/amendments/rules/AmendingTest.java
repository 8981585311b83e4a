package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.amendments.rules.ParagraphKind.OPERATIVE;
import static org.ipu.assembly.amendments.rules.ParagraphKind.PREAMBULAR;
import static org.ipu.assembly.amendments.rules.ParagraphKind.SUB_PARAGRAPH;

import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.junit.jupiter.api.Test;

/** Applying amendments to the paragraphs of a draft, and the reasons they do not apply. */
class AmendingTest {

  static final BaseParagraph PP1 =
      BaseParagraph.of("p1", PREAMBULAR, 1, "Recalling the Universal Declaration of Human Rights,");
  static final BaseParagraph OP1 =
      BaseParagraph.of("o1", OPERATIVE, 1, "Calls on parliaments to adopt laws on climate change;");
  static final BaseParagraph OP1A =
      BaseParagraph.of("o1a", SUB_PARAGRAPH, 1, "that reduce emissions;");
  static final BaseParagraph OP2 =
      BaseParagraph.of("o2", OPERATIVE, 3, "Invites the IPU to report next year.");
  static final List<BaseParagraph> DRAFT = List.of(PP1, OP1, OP1A, OP2);

  private static List<String> texts(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Applied.class);
    return ((Outcome.Applied) outcome).paragraphs().stream().map(BaseParagraph::text).toList();
  }

  private static String refusal(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return ((Outcome.Refused) outcome).code();
  }

  @Test
  void replacesWords() {
    WordChange change = WordChange.replace(OP1, 0, 2, "Urges");
    assertThat(texts(Amending.apply(DRAFT, change)).get(1))
        .isEqualTo("Urges parliaments to adopt laws on climate change;");
  }

  @Test
  void deletesWords() {
    WordChange change = WordChange.delete(PP1, 1, 2);
    assertThat(texts(Amending.apply(DRAFT, change)).get(0))
        .isEqualTo("Recalling Universal Declaration of Human Rights,");
  }

  @Test
  void insertsWords() {
    WordChange change = WordChange.insert(OP1, 3, "and governments");
    assertThat(texts(Amending.apply(DRAFT, change)).get(1))
        .isEqualTo("Calls on parliaments and governments to adopt laws on climate change;");
    assertThat(texts(Amending.apply(DRAFT, WordChange.insert(OP2, 7, "at the latest"))).get(3))
        .isEqualTo("Invites the IPU to report next year. at the latest");
  }

  @Test
  void addsAParagraphAfterAnotherAndAfterItsSubParagraphs() {
    var added = new NewParagraph("o1", 1, OPERATIVE, Words.of("Decides to remain seized;"));
    Outcome outcome = Amending.apply(DRAFT, added);
    assertThat(texts(outcome))
        .containsExactly(
            PP1.text(), OP1.text(), OP1A.text(), "Decides to remain seized;", OP2.text());
    var sub = new NewParagraph("o1a", 1, SUB_PARAGRAPH, Words.of("that adapt;"));
    assertThat(texts(Amending.apply(DRAFT, sub)).get(3)).isEqualTo("that adapt;");
  }

  @Test
  void aNewParagraphMustFitWhereItStands() {
    var preambleAmongOperative = new NewParagraph("o1", 1, PREAMBULAR, Words.of("Noting,"));
    assertThat(refusal(Amending.apply(DRAFT, preambleAmongOperative)))
        .isEqualTo("amendment.new-paragraph-kind");
    var subInPreamble = new NewParagraph("p1", 1, SUB_PARAGRAPH, Words.of("(x)"));
    assertThat(refusal(Amending.apply(DRAFT, subInPreamble)))
        .isEqualTo("amendment.new-paragraph-kind");
    var empty = new NewParagraph("o1", 1, OPERATIVE, List.of());
    assertThat(refusal(Amending.apply(DRAFT, empty))).isEqualTo("amendment.new-paragraph-empty");
  }

  @Test
  void deletesAParagraphWithItsSubParagraphs() {
    assertThat(texts(Amending.apply(DRAFT, ParagraphDeletion.of(OP1))))
        .containsExactly(PP1.text(), OP2.text());
    assertThat(texts(Amending.apply(DRAFT, ParagraphDeletion.of(OP1A))))
        .containsExactly(PP1.text(), OP1.text(), OP2.text());
  }

  @Test
  void refusesAChangeToAnOlderVersion() {
    WordChange written = new WordChange("o2", 2, 0, 1, List.of("Invites"), List.of("Asks"));
    assertThat(refusal(Amending.apply(DRAFT, written))).isEqualTo("amendment.paragraph-outdated");
  }

  @Test
  void refusesAChangeToAMissingParagraph() {
    WordChange written = new WordChange("gone", 1, 0, 1, List.of("Invites"), List.of("Asks"));
    assertThat(refusal(Amending.apply(DRAFT, written))).isEqualTo("amendment.paragraph-missing");
  }

  @Test
  void refusesWordsThatAreNotThere() {
    assertThat(
            refusal(
                Amending.apply(
                    DRAFT, new WordChange("o2", 3, 0, 1, List.of("Requests"), List.of("Asks")))))
        .isEqualTo("amendment.words-differ");
    assertThat(
            refusal(
                Amending.apply(
                    DRAFT, new WordChange("o2", 3, 7, 8, List.of("year."), List.of("decade.")))))
        .isEqualTo("amendment.range-outside");
    assertThat(
            refusal(
                Amending.apply(
                    DRAFT, new ParagraphDeletion("o2", 3, Words.of("Invites the IPU to report.")))))
        .isEqualTo("amendment.words-differ");
  }

  @Test
  void refusesAChangeThatChangesNothing() {
    assertThat(refusal(Amending.apply(DRAFT, WordChange.replace(OP2, 1, 3, "the IPU"))))
        .isEqualTo("amendment.no-change");
    assertThat(refusal(Amending.apply(DRAFT, WordChange.insert(OP2, 1, "   "))))
        .isEqualTo("amendment.no-change");
  }

  @Test
  void appliesSeveralAmendmentsToOneParagraph() {
    List<WordChange> changes =
        List.of(
            WordChange.replace(OP1, 0, 1, "Urges"),
            WordChange.insert(OP1, 3, "and governments"),
            WordChange.delete(OP1, 7, 9),
            WordChange.insert(OP1, 9, "without delay;"));
    assertThat(texts(Amending.applyAll(OP1, changes)))
        .containsExactly("Urges on parliaments and governments to adopt laws on without delay;");
  }

  @Test
  void refusesSeveralAmendmentsThatTouchTheSameWords() {
    List<WordChange> changes =
        List.of(WordChange.replace(OP1, 0, 2, "Urges"), WordChange.delete(OP1, 1, 3));
    assertThat(refusal(Amending.applyAll(OP1, changes))).isEqualTo("amendment.conflict");
  }

  @Test
  void keepsTextAsTextNeverAsMarkup() {
    WordChange change = WordChange.replace(OP2, 0, 1, "<script>alert(1)</script>");
    assertThat(texts(Amending.apply(DRAFT, change)).get(3))
        .isEqualTo("<script>alert(1)</script> the IPU to report next year.");
  }
}
