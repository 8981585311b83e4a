package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmergencyItemSelectionTest {

  private static BallotSplit split(int yes, int no) {
    return new BallotSplit(yes, no, 0);
  }

  @Test
  void theEligibleRequestWithMostYesIsAdded() {
    EmergencyItemSelection s =
        EmergencyItemSelection.select(
            List.of("A", "B", "C"),
            List.of(
                Map.of("A", split(1000, 400), "B", split(491, 200), "C", split(1200, 700)),
                Map.of("A", split(11, 91), "C", new BallotSplit(0, 0, 5))));
    assertThat(s.outcome()).isEqualTo(EmergencySelectionOutcome.ADDED);
    assertThat(s.addedRequest()).contains("A");
    assertThat(s.leadingRequests()).containsExactly("A");
    assertThat(s.requests())
        .extracting(EmergencyItemSelection.RequestResult::request)
        .containsExactly("A", "B", "C");

    EmergencyItemSelection.RequestResult a = s.requests().get(0);
    assertThat(a.yes()).isEqualTo(1011);
    assertThat(a.decision().cast()).isEqualTo(1502);
    assertThat(a.decision().required()).isEqualTo(1002);
    assertThat(a.eligible()).isTrue();

    EmergencyItemSelection.RequestResult b = s.requests().get(1);
    assertThat(b.eligible()).isTrue();
    assertThat(b.yes()).isEqualTo(491);

    EmergencyItemSelection.RequestResult c = s.requests().get(2);
    assertThat(c.yes()).isEqualTo(1200);
    assertThat(c.decision().abstain()).isEqualTo(5);
    assertThat(c.decision().required()).isEqualTo(1267);
    assertThat(c.eligible()).as("most yes but under two-thirds").isFalse();
  }

  @Test
  void aTieForMostYesIsReported() {
    EmergencyItemSelection s =
        EmergencyItemSelection.select(
            List.of("A", "B", "C"),
            List.of(Map.of("A", split(20, 5), "B", split(20, 10), "C", split(19, 0))));
    assertThat(s.outcome()).isEqualTo(EmergencySelectionOutcome.TIE);
    assertThat(s.leadingRequests()).containsExactly("A", "B");
    assertThat(s.addedRequest()).isEmpty();
  }

  @Test
  void aTieAmongIneligibleRequestsDoesNotCount() {
    EmergencyItemSelection s =
        EmergencyItemSelection.select(
            List.of("A", "B", "C"),
            List.of(Map.of("A", split(20, 11), "B", split(20, 11), "C", split(15, 0))));
    assertThat(s.outcome()).isEqualTo(EmergencySelectionOutcome.ADDED);
    assertThat(s.addedRequest()).contains("C");
  }

  @Test
  void noneEligible() {
    EmergencyItemSelection s =
        EmergencyItemSelection.select(
            List.of("A", "B"), List.of(Map.of("A", split(10, 10), "B", new BallotSplit(0, 0, 20))));
    assertThat(s.outcome()).isEqualTo(EmergencySelectionOutcome.NONE_ELIGIBLE);
    assertThat(s.leadingRequests()).isEmpty();
    assertThat(s.addedRequest()).isEmpty();
    assertThat(s.requests()).noneMatch(EmergencyItemSelection.RequestResult::eligible);
  }

  @Test
  void requestsWithoutVotesAreReportedAndNotEligible() {
    EmergencyItemSelection s =
        EmergencyItemSelection.select(
            List.of("A", "B"), List.of(Map.of("A", split(3, 0), "B", BallotSplit.EMPTY)));
    assertThat(s.addedRequest()).contains("A");
    assertThat(s.requests().get(1).decision().cast()).isZero();
    assertThat(s.requests().get(1).eligible()).isFalse();
    assertThat(EmergencyItemSelection.select(List.of(), List.of()).outcome())
        .isEqualTo(EmergencySelectionOutcome.NONE_ELIGIBLE);
  }

  @Test
  void rejectsUnknownAndDuplicateRequests() {
    assertThatThrownBy(
            () -> EmergencyItemSelection.select(List.of("A"), List.of(Map.of("B", split(1, 0)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown request B");
    assertThatThrownBy(() -> EmergencyItemSelection.select(List.of("A", "A"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicates");
  }

  @Test
  void selectionRejectsInconsistentOutcome() {
    assertThatThrownBy(
            () ->
                new EmergencyItemSelection(List.of(), EmergencySelectionOutcome.TIE, List.of("A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading requests");
    assertThatThrownBy(
            () -> new EmergencyItemSelection(List.of(), EmergencySelectionOutcome.ADDED, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading requests");
  }
}
