package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Rebasing.Kept;
import org.ipu.assembly.amendments.rules.Rebasing.Touched;
import org.junit.jupiter.api.Test;

/** Amendments carried across a correction of the base text, or marked for review. */
class RebasingTest {

  static final BaseParagraph BEFORE =
      BaseParagraph.of(
          "o1",
          ParagraphKind.OPERATIVE,
          1,
          "Calls on parliaments to adopt laws on climate change;");
  static final List<String> AFTER =
      Words.of("Calls on all parliaments to adopt binding laws on climate change;");

  @Test
  void anAmendmentWhoseWordsStayMovesWithThem() {
    WordChange change = WordChange.replace(BEFORE, 7, 9, "global warming;");
    var rebased = Rebasing.rebase(BEFORE.words(), AFTER, 2, change);
    assertThat(rebased)
        .isEqualTo(
            new Kept(
                new WordChange(
                    "o1", 2, 9, 11, Words.of("climate change;"), Words.of("global warming;"))));
    BaseParagraph corrected = new BaseParagraph("o1", ParagraphKind.OPERATIVE, 2, AFTER);
    assertThat(Amending.apply(List.of(corrected), ((Kept) rebased).change()))
        .isEqualTo(
            new Outcome.Applied(
                List.of(
                    new BaseParagraph(
                        "o1",
                        ParagraphKind.OPERATIVE,
                        2,
                        Words.of(
                            "Calls on all parliaments to adopt binding laws on global warming;")))));
  }

  @Test
  void anAmendmentBeforeTheCorrectionKeepsItsPlace() {
    WordChange change = WordChange.replace(BEFORE, 0, 1, "Urges");
    assertThat(Rebasing.rebase(BEFORE.words(), AFTER, 2, change))
        .isEqualTo(new Kept(new WordChange("o1", 2, 0, 1, List.of("Calls"), List.of("Urges"))));
  }

  @Test
  void anAmendmentWhoseWordsWereCorrectedNeedsReview() {
    WordChange change = WordChange.replace(BEFORE, 4, 6, "pass legislation");
    var rebased = Rebasing.rebase(BEFORE.words(), AFTER, 2, change);
    assertThat(rebased).isInstanceOf(Touched.class);
    assertThat(((Touched) rebased).correction())
        .extracting(Segment::kind)
        .contains(Segment.Kind.INSERTED);
  }

  @Test
  void anInsertionWhoseNeighbourChangedNeedsReview() {
    // "binding" was inserted right where this amendment inserts
    WordChange change = WordChange.insert(BEFORE, 5, "new");
    assertThat(Rebasing.rebase(BEFORE.words(), AFTER, 2, change)).isInstanceOf(Touched.class);
    WordChange far = WordChange.insert(BEFORE, 9, "now");
    assertThat(Rebasing.rebase(BEFORE.words(), AFTER, 2, far))
        .isEqualTo(new Kept(new WordChange("o1", 2, 11, 11, List.of(), List.of("now"))));
  }

  @Test
  void aParagraphDeletionNeedsReviewWhenTheParagraphChanged() {
    assertThat(Rebasing.rebase(BEFORE.words(), AFTER, 2, ParagraphDeletion.of(BEFORE)))
        .isInstanceOf(Touched.class);
    assertThat(Rebasing.rebase(BEFORE.words(), BEFORE.words(), 2, ParagraphDeletion.of(BEFORE)))
        .isEqualTo(new Kept(new ParagraphDeletion("o1", 2, BEFORE.words())));
  }

  @Test
  void aNewParagraphFollowsItsAnchorWhateverItsText() {
    var added = new NewParagraph("o1", 1, ParagraphKind.OPERATIVE, Words.of("Decides;"));
    assertThat(Rebasing.rebase(BEFORE.words(), AFTER, 2, added))
        .isEqualTo(
            new Kept(new NewParagraph("o1", 2, ParagraphKind.OPERATIVE, Words.of("Decides;"))));
  }
}
