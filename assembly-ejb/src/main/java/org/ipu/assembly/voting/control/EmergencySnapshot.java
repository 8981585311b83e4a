package org.ipu.assembly.voting.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongFunction;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.EmergencySelectionOutcome;

/**
 * An emergency item selection as every screen shows it, at one moment: each request that stands,
 * with its vote's running (or final) tally, and once closed which request is added, or the tie
 * among the eligible, or that none is eligible.
 *
 * @param closesAt when a timed selection's votes close by themselves (UTC, the server's time)
 * @param requests the requests that stand, in agenda order
 * @param outcome once closed: added, tie or none eligible
 * @param leadingRequests once closed: the eligible requests with the most yes votes (the one added,
 *     or those tied), in agenda order
 * @param added once closed: the request added to the agenda, if one is
 * @param annulReason always null: why a selection was annulled is not public (its audit chain keeps
 *     it)
 */
public record EmergencySnapshot(
    long selectionId,
    String subject,
    VoteMethod method,
    VoteState state,
    String rollCallLetter,
    LocalDateTime createdAt,
    LocalDateTime openedAt,
    LocalDateTime closedAt,
    LocalDateTime closesAt,
    String annulReason,
    Long replacesSelectionId,
    List<EmergencyRequestView> requests,
    EmergencySelectionOutcome outcome,
    List<String> leadingRequests,
    String added) {

  /**
   * A request that stands.
   *
   * @param label its letter, or the letters of the requests merged into it ("B+C")
   * @param merged the requests as tabled that were merged into it (empty unless merged)
   * @param voteId its vote, once the selection opened
   * @param vote its vote as the screens show it (with the board of delegations where asked)
   * @param eligible once closed: whether it has two-thirds of the votes cast on it
   */
  public record EmergencyRequestView(
      String label,
      String title,
      String sponsors,
      List<MergedRequest> merged,
      Long voteId,
      VoteSnapshot vote,
      Boolean eligible) {}

  /** A request as tabled, merged into another by its sponsors (Rule 11.2(c)). */
  public record MergedRequest(String label, String title, String sponsors) {}

  /**
   * The same selection with each request's vote as given (by vote id; a request whose vote is not
   * given keeps the one it had): the live frames put in the running tallies they keep in memory.
   * The countdown is the votes' (an extension moves it).
   */
  public EmergencySnapshot withVotes(LongFunction<VoteSnapshot> votes) {
    List<EmergencyRequestView> live =
        requests.stream()
            .map(
                r -> {
                  VoteSnapshot vote = r.voteId() == null ? null : votes.apply(r.voteId());
                  return vote == null
                      ? r
                      : new EmergencyRequestView(
                          r.label(),
                          r.title(),
                          r.sponsors(),
                          r.merged(),
                          r.voteId(),
                          vote,
                          r.eligible());
                })
            .toList();
    return new EmergencySnapshot(
        selectionId,
        subject,
        method,
        state,
        rollCallLetter,
        createdAt,
        openedAt,
        closedAt,
        live.stream()
            .map(EmergencyRequestView::vote)
            .filter(v -> v != null && v.closesAt() != null)
            .map(VoteSnapshot::closesAt)
            .findFirst()
            .orElse(closesAt),
        annulReason,
        replacesSelectionId,
        live,
        outcome,
        leadingRequests,
        added);
  }
}
