package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Requests for an emergency item lettered as tabled, merged by their sponsors (Rule 11.2(c)) and
 * voted as one, and the selection drawn from each request's own two-thirds decision.
 */
class EmergencyRequestsTest {

  private static List<EmergencyRequest> three() {
    return EmergencyRequests.tabled(
        List.of(
            new EmergencyRequests.Tabling("Floods in the Sahel", "Niger"),
            new EmergencyRequests.Tabling("Humanitarian crisis in the region", "France; Belgium"),
            new EmergencyRequests.Tabling("The crisis in the region", "Belgium; Senegal")));
  }

  private static EmergencyItemSelection.RequestResult result(String request, int yes, int no) {
    return new EmergencyItemSelection.RequestResult(
        request,
        Decision.decide(new Tally(yes, no, 0, yes + no > 0 ? 1 : 0), MajorityRule.TWO_THIRDS));
  }

  @Test
  void requestsAreLetteredInTheOrderTabled() {
    List<EmergencyRequest> requests = three();
    assertThat(EmergencyRequests.labels(requests)).containsExactly("A", "B", "C");
    assertThat(requests.get(1).tabled()).containsExactly("B");
    assertThat(requests.get(1).merged()).isFalse();
    assertThatThrownBy(() -> EmergencyRequests.tabled(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                EmergencyRequests.tabled(
                    Collections.nCopies(27, new EmergencyRequests.Tabling("t", ""))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergedRequestsAreVotedAsOneWhereTheFirstStood() {
    List<EmergencyRequest> merged = EmergencyRequests.merge(three(), List.of("C", "B"), null);
    assertThat(EmergencyRequests.labels(merged)).containsExactly("A", "B+C");
    EmergencyRequest bc = merged.get(1);
    assertThat(bc.merged()).isTrue();
    assertThat(bc.tabled()).containsExactly("B", "C");
    assertThat(bc.title()).isEqualTo("Humanitarian crisis in the region");
    assertThat(bc.sponsors()).isEqualTo("France; Belgium; Senegal");
    assertThat(bc.firstLetter()).isEqualTo("B");

    List<EmergencyRequest> all =
        EmergencyRequests.merge(merged, List.of("B+C", "A"), "The region, floods and crisis");
    assertThat(EmergencyRequests.labels(all)).containsExactly("A+B+C");
    assertThat(all.get(0).title()).isEqualTo("The region, floods and crisis");
  }

  @Test
  void aMergeNeedsTwoRequestsThatStand() {
    assertThatThrownBy(() -> EmergencyRequests.merge(three(), List.of("A"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two or more");
    assertThatThrownBy(() -> EmergencyRequests.merge(three(), List.of("A", "A"), null))
        .isInstanceOf(IllegalArgumentException.class);
    List<EmergencyRequest> merged = EmergencyRequests.merge(three(), List.of("B", "C"), null);
    assertThatThrownBy(() -> EmergencyRequests.merge(merged, List.of("A", "B"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no request B");
    assertThatThrownBy(() -> new EmergencyRequest("B+C", "t", "", List.of("C", "B")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTieAmongTheEligibleIncludingAMergedRequestIsReported() {
    EmergencyItemSelection selection =
        EmergencyItemSelection.of(
            List.of(result("A", 20, 10), result("B+C", 20, 5), result("D", 25, 20)));
    assertThat(selection.outcome()).isEqualTo(EmergencySelectionOutcome.TIE);
    assertThat(selection.leadingRequests()).containsExactly("A", "B+C");
    assertThat(selection.addedRequest()).isEmpty();
    assertThatThrownBy(
            () -> EmergencyItemSelection.of(List.of(result("A", 1, 0), result("A", 2, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicates");
  }

  @Test
  void theMergedRequestIsAddedWithTheMostYesAmongTheEligible() {
    EmergencyItemSelection selection =
        EmergencyItemSelection.of(
            List.of(result("A", 1011, 491), result("B+C", 800, 100), result("D", 1200, 700)));
    assertThat(selection.addedRequest()).contains("A");
    assertThat(selection.requests().get(0).decision().required()).isEqualTo(1002);
    assertThat(selection.requests().get(2).eligible()).isFalse();
  }

  /** Any sequence of merges: every tabled request stands in exactly one request voted. */
  @Property
  void mergesKeepEveryTabledRequestInExactlyOneVotedRequest(
      @ForAll @IntRange(min = 2, max = 8) int count, @ForAll Random random) {
    List<EmergencyRequest> requests = tabled(count);
    while (requests.size() > 1 && random.nextInt(4) > 0) {
      List<String> labels = new ArrayList<>(EmergencyRequests.labels(requests));
      Collections.shuffle(labels, random);
      int k = 2 + random.nextInt(labels.size() - 1);
      List<String> merging = labels.subList(0, k);
      List<EmergencyRequest> before = requests;
      requests = EmergencyRequests.merge(requests, merging, null);
      assertThat(requests).hasSize(before.size() - k + 1);
      // The order of the labels given does not matter.
      List<String> reversed = new ArrayList<>(merging);
      Collections.reverse(reversed);
      assertThat(EmergencyRequests.merge(before, reversed, null)).isEqualTo(requests);
    }
    List<String> letters = new ArrayList<>();
    requests.forEach(r -> letters.addAll(r.tabled()));
    assertThat(letters).hasSize(count).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(letters)).containsExactlyElementsOf(letters(count));
    // Agenda order: by the first letter each request stands for.
    assertThat(requests.stream().map(EmergencyRequest::firstLetter).toList()).isSorted();
  }

  /**
   * Merging step by step gives the same request as merging all at once (its sponsors each once, in
   * the order of the requests merged at each step).
   */
  @Property
  void mergesCompose(@ForAll @IntRange(min = 3, max = 8) int count, @ForAll Random random) {
    List<String> labels = new ArrayList<>(letters(count));
    Collections.shuffle(labels, random);
    List<String> three = labels.subList(0, 3);
    List<EmergencyRequest> atOnce = EmergencyRequests.merge(tabled(count), three, "T");
    List<EmergencyRequest> first =
        EmergencyRequests.merge(tabled(count), three.subList(0, 2), null);
    String firstLabel =
        first.stream().filter(EmergencyRequest::merged).findFirst().orElseThrow().label();
    List<EmergencyRequest> stepwise =
        EmergencyRequests.merge(first, List.of(three.get(2), firstLabel), "T");
    assertThat(stepwise)
        .extracting(EmergencyRequest::label)
        .isEqualTo(atOnce.stream().map(EmergencyRequest::label).toList());
    assertThat(stepwise)
        .extracting(EmergencyRequest::tabled)
        .isEqualTo(atOnce.stream().map(EmergencyRequest::tabled).toList());
    assertThat(stepwise)
        .extracting(EmergencyRequest::title)
        .isEqualTo(atOnce.stream().map(EmergencyRequest::title).toList());
    EmergencyRequest merged =
        stepwise.stream().filter(EmergencyRequest::merged).findFirst().orElseThrow();
    EmergencyRequest once =
        atOnce.stream().filter(EmergencyRequest::merged).findFirst().orElseThrow();
    assertThat(merged.sponsors().split("; "))
        .containsExactlyInAnyOrder(once.sponsors().split("; "))
        .doesNotHaveDuplicates();
  }

  /**
   * A roll call on merged requests: each delegation's split on a merged request counts once, on
   * that request; the selection drawn from each request's own decision is the one drawn from the
   * roll call as a whole, and does not depend on the order of the delegations.
   */
  @Property
  void theSelectionFromEachRequestsDecisionIsTheSelectionOfTheRollCall(
      @ForAll("mergedRollCalls") RollCall roll, @ForAll Random random) {
    List<String> labels = EmergencyRequests.labels(roll.requests());
    EmergencyItemSelection whole = EmergencyItemSelection.select(labels, roll.ballots());

    Map<String, List<BallotSplit>> byRequest = new LinkedHashMap<>();
    labels.forEach(l -> byRequest.put(l, new ArrayList<>()));
    roll.ballots().forEach(b -> b.forEach((l, split) -> byRequest.get(l).add(split)));
    List<EmergencyItemSelection.RequestResult> results = new ArrayList<>();
    byRequest.forEach(
        (l, splits) ->
            results.add(
                new EmergencyItemSelection.RequestResult(
                    l, Decision.decide(Tally.of(splits), MajorityRule.TWO_THIRDS))));
    assertThat(EmergencyItemSelection.of(results)).isEqualTo(whole);

    List<Map<String, BallotSplit>> shuffled = new ArrayList<>(roll.ballots());
    Collections.shuffle(shuffled, random);
    assertThat(EmergencyItemSelection.select(labels, shuffled)).isEqualTo(whole);
    whole
        .addedRequest()
        .ifPresent(
            added ->
                assertThat(roll.requests().stream().map(EmergencyRequest::label)).contains(added));
  }

  record RollCall(List<EmergencyRequest> requests, List<Map<String, BallotSplit>> ballots) {}

  /** Four requests, two of them merged at random, and small splits so that ties occur often. */
  @Provide
  Arbitrary<RollCall> mergedRollCalls() {
    Arbitrary<List<EmergencyRequest>> requests =
        Arbitraries.of(
                List.of("A", "B"),
                List.of("A", "C"),
                List.of("B", "D"),
                List.of("C", "D"),
                List.of("A", "D"))
            .map(pair -> EmergencyRequests.merge(tabled(4), pair, null));
    Arbitrary<BallotSplit> split =
        Combinators.combine(
                Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2))
            .as(BallotSplit::new);
    return requests.flatMap(
        rs ->
            Arbitraries.maps(Arbitraries.of(EmergencyRequests.labels(rs)), split)
                .ofMaxSize(rs.size())
                .list()
                .ofMaxSize(10)
                .map(ballots -> new RollCall(rs, ballots)));
  }

  private static List<EmergencyRequest> tabled(int count) {
    List<EmergencyRequests.Tabling> tablings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tablings.add(new EmergencyRequests.Tabling("Request " + i, "Sponsor " + (i % 3)));
    }
    return EmergencyRequests.tabled(tablings);
  }

  private static List<String> letters(int count) {
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      letters.add(String.valueOf((char) ('A' + i)));
    }
    return letters;
  }
}
