package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.ipu.assembly.amendments.rules.TextAsAmended.Blocked;
import org.ipu.assembly.amendments.rules.TextAsAmended.Decided;
import org.ipu.assembly.amendments.rules.TextAsAmended.Generated;
import org.ipu.assembly.amendments.rules.TextAsAmended.State;
import org.junit.jupiter.api.Test;

/** The text as amended, by example: what each decision does to it and what blocks it. */
class TextAsAmendedTest {

  static final BaseParagraph PP1 =
      BaseParagraph.of("1", ParagraphKind.PREAMBULAR, 1, "Recalling the Paris Agreement,");
  static final BaseParagraph OP1 =
      BaseParagraph.of("2", ParagraphKind.OPERATIVE, 1, "Calls on parliaments to adopt laws;");
  static final BaseParagraph OP2 =
      BaseParagraph.of("3", ParagraphKind.OPERATIVE, 1, "Urges governments:");
  static final BaseParagraph OP2A =
      BaseParagraph.of("4", ParagraphKind.SUB_PARAGRAPH, 1, "to report each year;");
  static final BaseParagraph OP3 =
      BaseParagraph.of("5", ParagraphKind.OPERATIVE, 1, "Decides to remain seized of the matter.");
  static final List<BaseParagraph> DRAFT = List.of(PP1, OP1, OP2, OP2A, OP3);

  static Decided decided(int number, Change change, Decision decision, String... revised) {
    return decided(number, "en", change, decision, revised);
  }

  static Decided decided(
      int number, String language, Change change, Decision decision, String... revised) {
    return new Decided(number, new Tabled(number, language, change), decision, List.of(revised));
  }

  static Generated generated(List<Decided> decided) {
    return (Generated) TextAsAmended.of(DRAFT, "en", decided);
  }

  @Test
  void adoptedAmendmentsApplyWithTrackedChangesAndNumbersFollowTheNewText() {
    Generated text =
        generated(
            List.of(
                decided(1, WordChange.replace(OP1, 4, 5, "vote"), Decision.ADOPTED),
                decided(2, WordChange.insert(OP1, 2, "all"), Decision.ADOPTED),
                decided(
                    3,
                    new NewParagraph("2", 1, ParagraphKind.OPERATIVE, Words.of("Invites the IPU;")),
                    Decision.ADOPTED_AS_REVISED,
                    "Invites",
                    "the",
                    "IPU",
                    "to",
                    "report;"),
                decided(4, ParagraphDeletion.of(PP1), Decision.REJECTED),
                decided(5, WordChange.replace(OP3, 0, 1, "Agrees"), Decision.WITHDRAWN)));
    assertThat(text.clean())
        .containsExactly(
            "Recalling the Paris Agreement,",
            "Calls on all parliaments to vote laws;",
            "Invites the IPU to report;",
            "Urges governments:",
            "to report each year;",
            "Decides to remain seized of the matter.");
    TextAsAmended.Paragraph op1 = text.paragraphs().get(1);
    assertThat(op1.state()).isEqualTo(State.AMENDED);
    assertThat(op1.amendments()).containsExactly(1, 2);
    assertThat(op1.segments())
        .containsExactly(
            new Segment(Segment.Kind.KEPT, Words.of("Calls on")),
            new Segment(Segment.Kind.INSERTED, Words.of("all")),
            new Segment(Segment.Kind.KEPT, Words.of("parliaments to")),
            new Segment(Segment.Kind.DELETED, Words.of("adopt")),
            new Segment(Segment.Kind.INSERTED, Words.of("vote")),
            new Segment(Segment.Kind.KEPT, Words.of("laws;")));
    assertThat(text.paragraphs().get(2).state()).isEqualTo(State.ADDED);
    assertThat(text.paragraphs().get(2).number().citation()).isEqualTo("OP2");
    assertThat(text.paragraphs().get(4).number().citation()).isEqualTo("OP3(a)");
  }

  @Test
  void aParagraphDeletedGoesWithItsSubParagraphsAndInEveryLanguage() {
    Generated text =
        generated(List.of(decided(1, "fr", ParagraphDeletion.of(OP2), Decision.ADOPTED)));
    assertThat(text.clean())
        .containsExactly(
            "Recalling the Paris Agreement,",
            "Calls on parliaments to adopt laws;",
            "Decides to remain seized of the matter.");
    assertThat(text.paragraphs().get(3).state()).isEqualTo(State.DELETED);
    assertThat(text.paragraphs().get(3).amendments()).containsExactly(1);
    assertThat(text.paragraphs().get(4).number().citation()).isEqualTo("OP2");
  }

  @Test
  void wordsAmendedInAnotherLanguageLeaveThisOneAlone() {
    Generated text =
        generated(List.of(decided(1, "fr", WordChange.replace(OP1, 0, 1, "x"), Decision.ADOPTED)));
    assertThat(text.paragraphs().get(1).state()).isEqualTo(State.UNCHANGED);
  }

  @Test
  void identicalAdoptedAmendmentsApplyOnce() {
    Generated text =
        generated(
            List.of(
                decided(1, WordChange.replace(OP3, 0, 1, "Agrees"), Decision.ADOPTED),
                decided(2, WordChange.replace(OP3, 0, 1, "Agrees"), Decision.ADOPTED)));
    assertThat(text.clean().get(4)).isEqualTo("Agrees to remain seized of the matter.");
    assertThat(text.paragraphs().get(4).amendments()).containsExactly(1, 2);
  }

  @Test
  void conflictingAdoptedAmendmentsBlockTheTextUntilOneIsDecidedOtherwise() {
    Decided first = decided(4, WordChange.replace(OP1, 3, 6, "to act;"), Decision.ADOPTED);
    Decided second = decided(2, WordChange.replace(OP1, 4, 5, "pass"), Decision.ADOPTED);
    Decided deletion = decided(7, ParagraphDeletion.of(OP2), Decision.ADOPTED);
    Decided onSub = decided(3, WordChange.replace(OP2A, 1, 2, "inform"), Decision.ADOPTED);
    assertThat(TextAsAmended.of(DRAFT, "en", List.of(first, second, deletion, onSub)))
        .isEqualTo(new Blocked("amendment.text.conflict", List.of(List.of(2, 4))));
    assertThat(TextAsAmended.of(DRAFT, "en", List.of(first, deletion, onSub)))
        .as("a sub-paragraph goes with its operative paragraph")
        .isEqualTo(new Blocked("amendment.text.conflict", List.of(List.of(3, 7))));
    Decided fell = decided(2, WordChange.replace(OP1, 4, 5, "pass"), Decision.FELL);
    assertThat(TextAsAmended.of(DRAFT, "en", List.of(first, fell))).isInstanceOf(Generated.class);
  }

  @Test
  void anAdoptedAmendmentOnAnOlderTextBlocksIt() {
    BaseParagraph corrected =
        BaseParagraph.of("2", ParagraphKind.OPERATIVE, 2, "Calls on all parliaments;");
    assertThat(
            TextAsAmended.of(
                List.of(PP1, corrected, OP2, OP2A, OP3),
                "en",
                List.of(decided(5, WordChange.replace(OP1, 4, 5, "pass"), Decision.ADOPTED))))
        .isEqualTo(new Blocked("amendment.text.outdated", List.of(List.of(5))));
  }

  @Test
  void aNewPreambularParagraphAmongOperativeOnesBlocksIt() {
    assertThat(
            TextAsAmended.of(
                DRAFT,
                "en",
                List.of(
                    decided(
                        6,
                        new NewParagraph("5", 1, ParagraphKind.PREAMBULAR, Words.of("Noting,")),
                        Decision.ADOPTED))))
        .isEqualTo(new Blocked("amendment.text.numbering", List.of(List.of(6))));
  }
}
