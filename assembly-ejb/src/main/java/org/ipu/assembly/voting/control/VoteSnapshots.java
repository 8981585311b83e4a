package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.entity.Ballot;
import org.ipu.assembly.voting.entity.ElectorateEntry;
import org.ipu.assembly.voting.entity.SecretParticipation;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.Tally;

/**
 * What the screens show of a vote: the {@link VoteSnapshot} (state, counts, running decision, and,
 * unless the caller spares it, the board of delegations by country code), and the base a {@link
 * LiveTally} starts from. A secret vote's totals stay hidden until it closes and its board shows
 * only who took part.
 */
@Dependent
public class VoteSnapshots {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private VoteReadModel votes;

  /** The snapshot, with the board of delegations or without (the live frames spare its queries). */
  public VoteSnapshot of(Vote vote, boolean withBoard) {
    List<ElectorateEntry> electorate = votes.electorate(vote.getId());
    return of(
        vote,
        electorate,
        vote.getMethod() == VoteMethod.SECRET ? List.of() : votes.currentBallots(vote.getId()),
        withBoard);
  }

  /**
   * What a {@link LiveTally} of the vote starts from, while the vote is open and named (a secret
   * vote's running totals are kept in the database only).
   */
  public Optional<LiveTally.Base> liveBase(Vote vote) {
    if (vote.getState() != VoteState.OPEN || vote.getMethod() == VoteMethod.SECRET) {
      return Optional.empty();
    }
    List<ElectorateEntry> electorate = votes.electorate(vote.getId());
    List<Ballot> current = votes.currentBallots(vote.getId());
    return Optional.of(
        new LiveTally.Base(
            of(vote, electorate, current, false),
            vote.quorum(),
            VoteReadModel.electorateOf(electorate),
            vote.getAuditSequence(),
            current.stream().map(VoteReadModel::counted).toList()));
  }

  private VoteSnapshot of(
      Vote vote, List<ElectorateEntry> electorate, List<Ballot> current, boolean withBoard) {
    boolean secret = vote.getMethod() == VoteMethod.SECRET;
    Tally tally =
        secret ? votes.tally(vote) : Tally.of(current.stream().map(Ballot::split).toList());
    boolean closed = vote.getState() == VoteState.CLOSED;
    boolean showTotals = !secret || closed;
    Decision running =
        vote.getState() == VoteState.OPEN || closed
            ? VoteReadModel.decide(vote, tally, electorate)
            : null;
    return new VoteSnapshot(
        vote.getId(),
        vote.getSubject(),
        vote.subjectTranslations(),
        vote.getMethod(),
        vote.getMajorityRule(),
        vote.getState(),
        vote.getRollCallLetter(),
        vote.getOpenedAt(),
        vote.getClosedAt(),
        null,
        vote.getReplacesVoteId(),
        (int) electorate.stream().filter(e -> e.getUsableVotes() > 0).count(),
        tally.delegationsVoted(),
        electorate.stream().mapToInt(ElectorateEntry::getUsableVotes).sum(),
        showTotals ? new VoteSnapshot.Totals(tally.yes(), tally.no(), tally.abstain()) : null,
        closed
            ? vote.getResultRequired()
            : (showTotals && running != null ? running.required() : null),
        closed ? vote.getResultOutcome() : null,
        vote.getAuditSequence()
            + electorate.stream().mapToInt(ElectorateEntry::getAuditSequence).sum(),
        withBoard ? board(vote, electorate, current) : null,
        vote.getClosesAt(),
        vote.getEmergencySelectionId() == null
            ? null
            : new VoteSnapshot.EmergencyLink(
                vote.getEmergencySelectionId(), vote.getEmergencyRequest()),
        vote.isVoid() ? new VoteSnapshot.Voided(vote.getVoidedAt(), vote.getVoidReason()) : null);
  }

  /**
   * Every delegation of the electorate, by country code: usable votes, whether and (named votes)
   * how it voted.
   */
  private List<VoteSnapshot.BoardEntry> board(
      Vote vote, List<ElectorateEntry> electorate, List<Ballot> current) {
    Map<Long, String> codes = roster.countryCodes(vote.getSessionId());
    Map<Long, Ballot> ballots =
        current.stream().collect(Collectors.toMap(Ballot::getParliamentId, Function.identity()));
    Set<Long> participated =
        vote.getMethod() != VoteMethod.SECRET
            ? Set.of()
            : em.createNamedQuery(SecretParticipation.OF_VOTE, SecretParticipation.class)
                .setParameter("vote", vote.getId())
                .getResultStream()
                .map(SecretParticipation::getParliamentId)
                .collect(Collectors.toSet());
    return electorate.stream()
        .sorted(Comparator.comparing(e -> codes.getOrDefault(e.getParliamentId(), "")))
        .map(
            e -> {
              Ballot b = ballots.get(e.getParliamentId());
              BallotSplit split = b == null ? null : b.split();
              return new VoteSnapshot.BoardEntry(
                  e.getParliamentId(),
                  codes.get(e.getParliamentId()),
                  e.getUsableVotes(),
                  b != null || participated.contains(e.getParliamentId()),
                  split == null ? null : split.yes(),
                  split == null ? null : split.no(),
                  split == null ? null : split.abstain());
            })
        .toList();
  }
}
