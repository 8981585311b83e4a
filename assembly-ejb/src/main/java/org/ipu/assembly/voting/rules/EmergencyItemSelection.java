package org.ipu.assembly.voting.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Selection of the emergency item (Assembly Rule 11.2): several requests are voted in one roll
 * call, each delegation splitting its votes among the requests; a request is eligible when it
 * obtains two-thirds of the votes cast on it (Rule 11.2(a), {@link MajorityRule#TWO_THIRDS}); of
 * the eligible requests only the one with the most yes votes is added (Rule 11.2(b)). A tie for
 * most yes votes is reported as {@link EmergencySelectionOutcome#TIE} rather than settled here.
 *
 * @param requests every request with its decision, in the order the requests were given
 * @param outcome added, tie, or none eligible
 * @param leadingRequests the eligible requests with the most yes votes, in request order: one when
 *     {@link EmergencySelectionOutcome#ADDED}, two or more on a {@link
 *     EmergencySelectionOutcome#TIE}, none when {@link EmergencySelectionOutcome#NONE_ELIGIBLE}
 */
public record EmergencyItemSelection(
    List<RequestResult> requests, EmergencySelectionOutcome outcome, List<String> leadingRequests) {

  /**
   * One request's result: its two-thirds decision, and so its yes, no, abstain, cast and required
   * numbers.
   *
   * @param request the request's identifier, as given
   * @param decision the vote on it under {@link MajorityRule#TWO_THIRDS}, without quorum
   */
  public record RequestResult(String request, Decision decision) {

    public RequestResult {
      Checks.notNull(request, "request");
      Checks.notNull(decision, "decision");
      if (decision.rule() != MajorityRule.TWO_THIRDS) {
        throw new IllegalArgumentException(
            "an emergency request is decided by TWO_THIRDS, not " + decision.rule());
      }
    }

    /** Whether the request reached two-thirds of the votes cast on it. */
    public boolean eligible() {
      return decision.adopted();
    }

    public int yes() {
      return decision.yes();
    }
  }

  public EmergencyItemSelection {
    requests = Checks.noNulls(requests, "requests");
    Checks.notNull(outcome, "outcome");
    leadingRequests = Checks.noNulls(leadingRequests, "leadingRequests");
    int expectedLeading =
        switch (outcome) {
          case ADDED -> 1;
          case NONE_ELIGIBLE -> 0;
          case TIE -> Math.max(2, leadingRequests.size());
        };
    if (leadingRequests.size() != expectedLeading) {
      throw new IllegalArgumentException(
          "outcome " + outcome + " cannot have " + leadingRequests.size() + " leading requests");
    }
  }

  /**
   * Counts a roll call on emergency item requests and selects the one to add.
   *
   * <p>Each delegation's ballot maps request identifiers to its split for that request; a request
   * it left out, or gave an empty split, it did not vote on. Each split must first pass {@link
   * BallotCheck#ofDelegationBallot(BallotSplit, Entitlement)} against the delegation's usable
   * votes: the usable votes apply to each request separately.
   *
   * @param requestIds the requests, in agenda order, without duplicates
   * @param delegationBallots one map per delegation that voted
   * @throws IllegalArgumentException on a duplicate request, or a split for a request not in {@code
   *     requestIds}
   */
  public static EmergencyItemSelection select(
      List<String> requestIds, Collection<Map<String, BallotSplit>> delegationBallots) {
    List<String> ids = Checks.noNulls(requestIds, "requestIds");
    Set<String> known = new HashSet<>(ids);
    if (known.size() != ids.size()) {
      throw new IllegalArgumentException("requestIds must not contain duplicates: " + ids);
    }
    Map<String, List<BallotSplit>> splitsByRequest = new HashMap<>();
    for (Map<String, BallotSplit> ballot : Checks.noNulls(delegationBallots, "delegationBallots")) {
      for (Map.Entry<String, BallotSplit> split : ballot.entrySet()) {
        if (!known.contains(split.getKey())) {
          throw new IllegalArgumentException("split for unknown request " + split.getKey());
        }
        Checks.notNull(split.getValue(), "split for request " + split.getKey());
        if (!split.getValue().isEmpty()) {
          splitsByRequest
              .computeIfAbsent(split.getKey(), k -> new ArrayList<>())
              .add(split.getValue());
        }
      }
    }
    List<RequestResult> results = new ArrayList<>();
    for (String id : ids) {
      Tally tally = Tally.of(splitsByRequest.getOrDefault(id, List.of()));
      results.add(new RequestResult(id, Decision.decide(tally, MajorityRule.TWO_THIRDS)));
    }
    return of(results);
  }

  /**
   * Selects the request to add from each request's decision, as {@link #select} does once it has
   * counted them: for a roll call whose requests were each decided as a vote of their own.
   *
   * @param results each request's result, in agenda order, without duplicates
   * @throws IllegalArgumentException on a duplicate request
   */
  public static EmergencyItemSelection of(List<RequestResult> results) {
    Checks.noNulls(results, "results");
    if (results.stream().map(RequestResult::request).distinct().count() != results.size()) {
      throw new IllegalArgumentException("requests must not contain duplicates: " + results);
    }
    int mostYes =
        results.stream()
            .filter(RequestResult::eligible)
            .mapToInt(RequestResult::yes)
            .max()
            .orElse(-1);
    List<String> leading =
        results.stream()
            .filter(r -> r.eligible() && r.yes() == mostYes)
            .map(RequestResult::request)
            .toList();
    EmergencySelectionOutcome outcome =
        switch (leading.size()) {
          case 0 -> EmergencySelectionOutcome.NONE_ELIGIBLE;
          case 1 -> EmergencySelectionOutcome.ADDED;
          default -> EmergencySelectionOutcome.TIE;
        };
    return new EmergencyItemSelection(results, outcome, leading);
  }

  /** The request added to the agenda; empty on a tie or when none is eligible. */
  public Optional<String> addedRequest() {
    return outcome == EmergencySelectionOutcome.ADDED
        ? Optional.of(leadingRequests.get(0))
        : Optional.empty();
  }
}
