package org.ipu.assembly.voting.control;

import java.util.List;
import java.util.Map;
import org.ipu.assembly.platform.audit.AuditHashing;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.EmergencySelectionOutcome;

/**
 * What an emergency item selection writes to the platform's audit trail, on its own chain ({@code
 * emergency-selection:5}): set-up with its requests as tabled, merges, the vote of each request
 * when it opens, its countdown, and the close with each request's arithmetic, the outcome and a
 * seal over the chains of its requests' votes as they closed. Each request's vote keeps its own
 * chains ({@link VoteAuditEntries}).
 */
public final class EmergencyAuditEntries {

  private EmergencyAuditEntries() {}

  /** The type of a selection's chain. */
  public static final String TYPE = "emergency-selection";

  public static AuditSubject selection(long selectionId) {
    return AuditSubject.of(TYPE, selectionId);
  }

  /** The digest of the request votes' chain heads that the closing entry records. */
  public static String seal(Map<AuditSubject, AuditHead> voteHeads) {
    return AuditHashing.digest(voteHeads);
  }

  /** A request as tabled or merged; {@code mergedInto} names the request it was merged into. */
  public record Request(String label, String title, String sponsors, String mergedInto) {}

  /** A selection set up; {@code replaces} is the annulled selection it stands for. */
  public record SelectionCreated(
      String subject, VoteMethod method, List<Request> requests, Long replaces) {}

  /** Requests merged by their sponsors (Rule 11.2(c)) into one, voted as one. */
  public record RequestsMerged(List<String> requests, Request into) {}

  /** A request voted as a vote of its own. */
  public record RequestVote(String request, long vote) {}

  /** A selection opened: each request that stands, with its vote. */
  public record SelectionOpened(List<RequestVote> votes, String rollCallLetter) {}

  /** A selection opened with a countdown: its votes close by themselves at {@code closesAt}. */
  public record SelectionTimed(long seconds, String closesAt) {}

  /** A timed selection given more time before its time was up. */
  public record SelectionExtended(long seconds, String closedAt, String closesAt) {}

  /** A timed selection's time was up: the entry that closes it follows. */
  public record SelectionTimeUp(String closesAt) {}

  /** One request's arithmetic at the close: eligible with two-thirds of the votes cast on it. */
  public record RequestCounted(
      String request,
      long vote,
      int yes,
      int no,
      int abstain,
      int cast,
      int required,
      boolean eligible) {

    /** A request's arithmetic from its vote's decision (eligible: two-thirds reached). */
    public static RequestCounted of(String request, long vote, Decision decision) {
      return new RequestCounted(
          request,
          vote,
          decision.yes(),
          decision.no(),
          decision.abstain(),
          decision.cast(),
          decision.required(),
          decision.adopted());
    }
  }

  /**
   * A selection closed: each request's arithmetic, the outcome and the eligible requests with the
   * most yes votes (the one added, or those tied), and the seal over its votes' chains.
   */
  public record SelectionClosed(
      List<RequestCounted> requests,
      EmergencySelectionOutcome outcome,
      List<String> leading,
      String voteChains) {}

  /** A selection annulled, with the reason recorded (its open votes are annulled with it). */
  public record SelectionAnnulled(String reason) {}

  public static final AuditKind<SelectionCreated> CREATED =
      AuditKind.of("emergency.created", SelectionCreated.class);
  public static final AuditKind<RequestsMerged> MERGED =
      AuditKind.of("emergency.merged", RequestsMerged.class);
  public static final AuditKind<SelectionOpened> OPENED =
      AuditKind.of("emergency.opened", SelectionOpened.class);
  public static final AuditKind<SelectionTimed> TIMED =
      AuditKind.of("emergency.timed", SelectionTimed.class);
  public static final AuditKind<SelectionExtended> EXTENDED =
      AuditKind.of("emergency.extended", SelectionExtended.class);
  public static final AuditKind<SelectionTimeUp> TIME_UP =
      AuditKind.of("emergency.time-up", SelectionTimeUp.class);
  public static final AuditKind<SelectionClosed> CLOSED =
      AuditKind.of("emergency.closed", SelectionClosed.class);
  public static final AuditKind<SelectionAnnulled> ANNULLED =
      AuditKind.of("emergency.annulled", SelectionAnnulled.class);
}
