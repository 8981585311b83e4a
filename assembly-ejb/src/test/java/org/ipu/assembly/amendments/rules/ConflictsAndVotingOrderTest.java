package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.junit.jupiter.api.Test;

/** Conflicting and identical amendments, and the order in which the committee votes. */
class ConflictsAndVotingOrderTest {

  static final BaseParagraph PP1 =
      BaseParagraph.of("p1", ParagraphKind.PREAMBULAR, 1, "Recalling the Charter,");
  static final BaseParagraph OP1 =
      BaseParagraph.of(
          "o1",
          ParagraphKind.OPERATIVE,
          1,
          "Calls on parliaments to adopt laws on climate change;");
  static final List<String> ORDER = List.of("p1", "o1");

  static Tabled en(long id, Change change) {
    return new Tabled(id, "en", change);
  }

  @Test
  void amendmentsTouchingTheSameWordsConflict() {
    Tabled a = en(1, WordChange.replace(OP1, 4, 6, "pass legislation"));
    Tabled b = en(2, WordChange.delete(OP1, 5, 9));
    Tabled c = en(3, WordChange.replace(OP1, 0, 1, "Urges"));
    Tabled insideA = en(4, WordChange.insert(OP1, 5, "binding"));
    Tabled atEndOfA = en(5, WordChange.insert(OP1, 6, "now"));
    assertThat(Conflicts.conflict(a, b)).isTrue();
    assertThat(Conflicts.conflict(a, c)).isFalse();
    assertThat(Conflicts.conflict(a, insideA)).isTrue();
    assertThat(Conflicts.conflict(a, atEndOfA)).isFalse();
    assertThat(Conflicts.conflict(insideA, en(6, WordChange.insert(OP1, 5, "strong")))).isTrue();
  }

  @Test
  void deletingAParagraphConflictsWithEveryChangeToIt() {
    Tabled deletion = en(1, ParagraphDeletion.of(OP1));
    assertThat(Conflicts.conflict(deletion, en(2, WordChange.replace(OP1, 0, 1, "Urges"))))
        .isTrue();
    assertThat(Conflicts.conflict(deletion, new Tabled(3, "fr", ParagraphDeletion.of(OP1))))
        .isTrue();
    assertThat(
            Conflicts.conflict(
                deletion, en(4, new NewParagraph("o1", 1, ParagraphKind.OPERATIVE, Words.of("X")))))
        .isFalse();
  }

  @Test
  void theSameChangeIsIdenticalNotConflicting() {
    Tabled a = en(1, WordChange.replace(OP1, 0, 1, "Urges"));
    Tabled b = en(2, WordChange.replace(OP1, 0, 1, "  Urges "));
    assertThat(Conflicts.identical(a, b)).isTrue();
    assertThat(Conflicts.conflict(a, b)).isFalse();
    assertThat(Conflicts.identical(a, new Tabled(3, "fr", a.change()))).isFalse();
  }

  @Test
  void votesFurthestFromTheOriginalFirstThenTheRestInDocumentOrder() {
    Tabled small = en(1, WordChange.replace(OP1, 8, 9, "warming;"));
    Tabled large = en(2, WordChange.replace(OP1, 6, 9, "to reach net zero by 2050;"));
    Tabled first = en(3, WordChange.replace(OP1, 0, 1, "Urges"));
    Tabled preamble = en(4, WordChange.replace(PP1, 1, 2, "its"));
    Tabled added = en(5, new NewParagraph("p1", 1, ParagraphKind.PREAMBULAR, Words.of("Noting,")));
    Tabled deletion = en(6, ParagraphDeletion.of(OP1));
    Tabled sameAsSmall = en(7, WordChange.replace(OP1, 8, 9, "warming;"));
    assertThat(
            VotingOrder.proposed(
                ORDER, List.of(small, large, first, preamble, added, deletion, sameAsSmall)))
        .containsExactly(4L, 5L, 6L, 2L, 1L, 7L, 3L);
    assertThat(VotingOrder.proposed(ORDER, List.of(small, large, first, preamble, added)))
        .containsExactly(4L, 5L, 3L, 2L, 1L);
  }

  @Test
  void identicalAmendmentsStayTogether() {
    Tabled a = en(1, WordChange.replace(OP1, 8, 9, "warming;"));
    Tabled b = en(2, WordChange.replace(OP1, 7, 9, "heat;"));
    Tabled c = en(3, WordChange.replace(OP1, 8, 9, "warming;"));
    assertThat(VotingOrder.proposed(ORDER, List.of(a, b, c))).containsExactly(2L, 1L, 3L);
    Tabled d = en(4, WordChange.replace(OP1, 7, 9, "clean energy;"));
    assertThat(VotingOrder.proposed(ORDER, List.of(a, b, c, d))).containsExactly(4L, 2L, 1L, 3L);
  }

  @Test
  void thePresidingOfficersOrderIsKeptAndNewAmendmentsFollowTheirNeighbours() {
    assertThat(VotingOrder.reordered(List.of(1L, 2L, 3L), List.of(3L, 1L, 2L)))
        .containsExactly(3L, 1L, 2L);
    assertThat(VotingOrder.reordered(List.of(1L, 4L, 2L, 3L), List.of(3L, 1L, 2L)))
        .containsExactly(3L, 1L, 4L, 2L);
    assertThat(VotingOrder.reordered(List.of(5L, 1L, 3L), List.of(3L, 1L, 2L)))
        .containsExactly(5L, 3L, 1L);
    assertThat(VotingOrder.sameAmendments(List.of(1L, 2L), List.of(2L, 1L))).isTrue();
    assertThat(VotingOrder.sameAmendments(List.of(1L, 2L), List.of(2L, 2L))).isFalse();
    assertThat(VotingOrder.sameAmendments(List.of(1L, 2L), List.of(2L, 3L))).isFalse();
  }
}
