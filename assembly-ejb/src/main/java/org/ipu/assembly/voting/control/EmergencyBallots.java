package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.SelectionRequest;
import org.ipu.assembly.voting.entity.VoteState;

/**
 * A delegation's ballot in an emergency item selection: its split for each request it votes on,
 * recorded in one transaction as a ballot in each request's vote, on the same path as any ballot
 * ({@link BallotBox}: the vote's row shared, the delegation's row, its chain, its receipt), the
 * votes taken in the order of their ids. Each request's ballot gets the ballot's idempotency key
 * with the request's letter, so the same ballot sent again gets the same receipts, counted once.
 * Every request refused is named with its reason at once ({@link InvalidRequest}, one field per
 * request: {@code requests.B}), and then none is recorded.
 */
@Dependent
public class EmergencyBallots {

  private static final Pattern KEY = Pattern.compile(BallotRequest.KEY_ALPHABET);

  @Inject private BallotBox ballots;
  @Inject private EmergencySnapshots read;

  /** A ballot, in one request's vote. */
  @FunctionalInterface
  interface Cast {
    BallotReceipt cast(long voteId, BallotRequest request);
  }

  /**
   * A vote of the selection, to check who may cast in it (they all share their Assembly and
   * electorate); refused while the selection is a draft.
   */
  public long anyVote(long selectionId) {
    return voted(selectionId).get(0).getVoteId();
  }

  /** The requests that stand, each with its vote; refused while the selection is a draft. */
  private List<SelectionRequest> voted(long selectionId) {
    EmergencySelection selection = read.selection(selectionId);
    if (selection.getState() == VoteState.DRAFT) {
      throw AssemblyException.conflict("emergency.not-open", selectionId);
    }
    return read.standing(selectionId);
  }

  /**
   * The delegation's ballot: from its tablet ({@code rollCall} false) or, in a roll call, as the
   * Secretariat enters it.
   */
  public EmergencyReceipt ballot(
      long selectionId, long parliamentId, EmergencyBallotRequest request, boolean rollCall) {
    return record(
        selectionId,
        parliamentId,
        request,
        (vote, split) -> ballots.ballot(vote, parliamentId, split, rollCall));
  }

  /** A delegate's own share of their delegation's votes on each request (see {@link BallotBox}). */
  public EmergencyReceipt share(
      long selectionId, DelegateCaster caster, EmergencyBallotRequest request) {
    return record(
        selectionId,
        caster.parliamentId(),
        request,
        (vote, split) -> ballots.share(vote, caster, split));
  }

  private EmergencyReceipt record(
      long selectionId, long parliamentId, EmergencyBallotRequest request, Cast cast) {
    String key = request.idempotencyKey();
    if (key == null
        || key.isBlank()
        || key.length() > EmergencyBallotRequest.MAX_KEY_LENGTH
        || !KEY.matcher(key).matches()) {
      throw AssemblyException.invalid(
          "ballot.key.invalid", 1, EmergencyBallotRequest.MAX_KEY_LENGTH);
    }
    if (request.requests() == null || request.requests().isEmpty()) {
      throw AssemblyException.invalid("emergency.ballot.empty");
    }
    Map<String, SelectionRequest> standing = new TreeMap<>();
    voted(selectionId).forEach(r -> standing.put(r.getLabel(), r));
    Set<String> seen = new HashSet<>();
    List<EmergencyBallotRequest.RequestSplit> splits = new ArrayList<>();
    for (EmergencyBallotRequest.RequestSplit split : request.requests()) {
      String label = split == null ? null : split.request();
      if (label == null || !standing.containsKey(label)) {
        throw AssemblyException.invalid("emergency.request.unknown", String.valueOf(label));
      }
      if (!seen.add(label)) {
        throw AssemblyException.invalid("emergency.request.duplicate", label);
      }
      splits.add(split);
    }
    splits.sort(Comparator.comparing(s -> standing.get(s.request()).getVoteId()));
    Map<String, BallotReceipt> receipts = new TreeMap<>();
    List<InvalidRequest.FieldProblem> refused = new ArrayList<>();
    for (EmergencyBallotRequest.RequestSplit split : splits) {
      SelectionRequest r = standing.get(split.request());
      BallotRequest ballot =
          new BallotRequest(
              split.yes(), split.no(), split.abstain(), key + ":" + r.request().firstLetter());
      try {
        receipts.put(r.getLabel(), cast.cast(r.getVoteId(), ballot));
      } catch (AssemblyException e) {
        if (e.getKind() != AssemblyException.Kind.INVALID) {
          throw e;
        }
        refused.add(
            new InvalidRequest.FieldProblem(
                "requests." + r.getLabel(), e.getCode(), e.getArguments()));
      }
    }
    if (!refused.isEmpty()) {
      refused.sort(
          Comparator.comparing(
              p -> standing.get(p.field().substring("requests.".length())).getPosition()));
      throw new InvalidRequest(refused);
    }
    long replays = receipts.values().stream().filter(BallotReceipt::replay).count();
    if (replays > 0 && replays < receipts.size()) {
      // The same key with requests it did not carry the first time: a different ballot.
      throw AssemblyException.conflict("ballot.key.reused");
    }
    return new EmergencyReceipt(
        selectionId,
        parliamentId,
        standing.values().stream()
            .sorted(Comparator.comparingInt(SelectionRequest::getPosition))
            .filter(r -> receipts.containsKey(r.getLabel()))
            .map(r -> new EmergencyReceipt.RequestReceipt(r.getLabel(), receipts.get(r.getLabel())))
            .toList(),
        replays > 0);
  }
}
