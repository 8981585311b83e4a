package org.ipu.assembly.voting.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;

/**
 * A vote as every screen shows it, at one moment. For a secret vote the running totals and the
 * board's counts stay empty: only who took part, and the totals once it is closed.
 *
 * @param delegationsEligible delegations with usable votes (a Member with delegates present)
 * @param totals votes cast per option (null for a secret vote before it closes)
 * @param required yes votes the majority needs with the votes cast so far (or at close)
 * @param outcome the decision, once closed
 * @param auditSequence how many entries the vote's audit chains hold (its own and its
 *     delegations'): it grows with every change, so a screen keeps the snapshot with the larger one
 * @param board every delegation of the electorate (null in the live frames, which stay small)
 * @param closesAt when a timed vote closes by itself (UTC, the server's time; null for a vote the
 *     Secretariat closes): screens count down to it from the server time in the live frames, never
 *     from their own clock
 * @param emergency the emergency item selection and request this vote decides (null for a vote of
 *     its own): screens show it with the selection's other requests
 * @param annulReason always null: why a vote was annulled is the Secretariat's, not public (the
 *     console shows it)
 * @param voided the voiding of a closed result, if it was voided (null otherwise)
 * @param subjectTranslations the subject in the other languages it is given in ({@code fr}, {@code
 *     es}, {@code ar}); screens show their reader's, else {@code subject} (English)
 */
public record VoteSnapshot(
    long voteId,
    String subject,
    Map<String, String> subjectTranslations,
    VoteMethod method,
    MajorityRule majorityRule,
    VoteState state,
    String rollCallLetter,
    LocalDateTime openedAt,
    LocalDateTime closedAt,
    String annulReason,
    Long replacesVoteId,
    int delegationsEligible,
    int delegationsVoted,
    int usableVotes,
    Totals totals,
    Integer required,
    Outcome outcome,
    int auditSequence,
    List<BoardEntry> board,
    LocalDateTime closesAt,
    EmergencyLink emergency,
    Voided voided) {

  /** The subject in {@code language} (en, fr, es, ar) where it is given in it, else in English. */
  public String subjectIn(String language) {
    return subjectTranslations.getOrDefault(language, subject);
  }

  /**
   * A closed vote's result voided after the fact: it stays as it was, marked void with the reason
   * and the moment (UTC).
   */
  public record Voided(LocalDateTime at, String reason) {}

  /** The emergency item selection a request's vote belongs to, and the request's label. */
  public record EmergencyLink(long selectionId, String request) {}

  /** Votes per option; cast = yes + no (abstentions are not in the base). */
  public record Totals(int yes, int no, int abstain) {
    public int cast() {
      return yes + no;
    }
  }

  /**
   * One delegation on the board: its usable votes, whether it voted, and (named votes only) how.
   */
  public record BoardEntry(
      long parliamentId,
      String countryCode,
      int usableVotes,
      boolean voted,
      Integer yes,
      Integer no,
      Integer abstain) {}
}
