package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.junit.jupiter.api.Test;

/** What a decision needs, and which amendments an adopted one makes fall. */
class DecisionsTest {

  static final BaseParagraph OP1 =
      BaseParagraph.of("2", ParagraphKind.OPERATIVE, 1, "Calls on parliaments to adopt laws;");
  static final WordChange ADOPT_TO_VOTE = WordChange.replace(OP1, 4, 5, "vote");

  @Test
  void anOralRevisionKeepsThePlaceAndTakesTheRevisedWords() {
    assertThat(
            Decisions.problem(Decision.ADOPTED_AS_REVISED, ADOPT_TO_VOTE, Words.of("pass"), false))
        .isNull();
    assertThat(Decisions.revised(ADOPT_TO_VOTE, Words.of("pass")))
        .isEqualTo(WordChange.replace(OP1, 4, 5, "pass"));
    assertThat(
            Decisions.problem(Decision.ADOPTED_AS_REVISED, ADOPT_TO_VOTE, Words.of("vote"), false))
        .isEqualTo("amendment.decision.revision-same");
    assertThat(
            Decisions.problem(Decision.ADOPTED_AS_REVISED, ADOPT_TO_VOTE, Words.of("adopt"), false))
        .isEqualTo("amendment.no-change");
    assertThat(
            Decisions.problem(
                Decision.ADOPTED_AS_REVISED, ParagraphDeletion.of(OP1), Words.of("x"), false))
        .isEqualTo("amendment.decision.revision-impossible");
    assertThat(
            Decisions.problem(
                Decision.ADOPTED_AS_REVISED,
                new NewParagraph("2", 1, ParagraphKind.OPERATIVE, Words.of("Invites;")),
                List.of(),
                false))
        .isEqualTo("amendment.new-paragraph-empty");
    assertThat(Decisions.problem(Decision.ADOPTED, ADOPT_TO_VOTE, Words.of("pass"), false))
        .isEqualTo("amendment.decision.revision-unexpected");
  }

  @Test
  void mergedAndFallenNameAnotherAmendmentAndNoOtherDecisionDoes() {
    assertThat(Decisions.problem(Decision.MERGED, ADOPT_TO_VOTE, List.of(), false))
        .isEqualTo("amendment.decision.other-required");
    assertThat(Decisions.problem(Decision.FELL, ADOPT_TO_VOTE, List.of(), true)).isNull();
    assertThat(Decisions.problem(Decision.REJECTED, ADOPT_TO_VOTE, List.of(), true))
        .isEqualTo("amendment.decision.other-unexpected");
    assertThat(Decisions.problem(null, ADOPT_TO_VOTE, List.of(), false))
        .isEqualTo("amendment.decision.invalid");
  }

  @Test
  void anAmendmentFallsOnlyBecauseOfAnAdoptedOneThatConflictsWithIt() {
    Tabled adopted = new Tabled(1, "en", ADOPT_TO_VOTE);
    Tabled same = new Tabled(2, "en", WordChange.replace(OP1, 3, 6, "to act;"));
    Tabled elsewhere = new Tabled(3, "en", WordChange.replace(OP1, 0, 1, "Invites"));
    Tabled identical = new Tabled(4, "en", ADOPT_TO_VOTE);
    Tabled french = new Tabled(5, "fr", WordChange.replace(OP1, 4, 5, "voter"));
    assertThat(Decisions.proposedToFall(adopted, List.of(identical, elsewhere, same, french)))
        .containsExactly(2L);
    assertThat(Decisions.otherProblem(Decision.FELL, same, adopted, Decision.ADOPTED)).isNull();
    assertThat(Decisions.otherProblem(Decision.FELL, same, adopted, Decision.REJECTED))
        .isEqualTo("amendment.decision.fell-not-adopted");
    assertThat(Decisions.otherProblem(Decision.FELL, elsewhere, adopted, Decision.ADOPTED))
        .isEqualTo("amendment.decision.fell-no-conflict");
    assertThat(Decisions.otherProblem(Decision.MERGED, same, same, null))
        .isEqualTo("amendment.decision.other-itself");
    assertThat(Decisions.otherProblem(Decision.MERGED, same, elsewhere, Decision.MERGED))
        .isEqualTo("amendment.decision.merged-into-merged");
    assertThat(Decisions.otherProblem(Decision.MERGED, same, elsewhere, null)).isNull();
  }
}
