package org.ipu.assembly.voting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.SelectionRequest;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.EmergencySelectionOutcome;
import org.ipu.assembly.voting.rules.Outcome;

/**
 * Reads emergency item selections as stored, without locks: the current Assembly's, one with its
 * requests, and each request's vote as the screens show it ({@link VoteSnapshots}).
 */
@Dependent
public class EmergencySnapshots {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;
  @Inject private VoteSnapshots snapshots;

  /** The selection, or a refusal if there is none with that id. */
  public EmergencySelection selection(long selectionId) {
    EmergencySelection selection = em.find(EmergencySelection.class, selectionId);
    if (selection == null) {
      throw AssemblyException.notFound("emergency.not-found", selectionId);
    }
    return selection;
  }

  /** Every request of the selection, tabled and merged, in agenda order. */
  public List<SelectionRequest> requests(long selectionId) {
    return em.createNamedQuery(SelectionRequest.OF_SELECTION, SelectionRequest.class)
        .setParameter("selection", selectionId)
        .getResultList();
  }

  /** The requests that stand (merged into none), in agenda order. */
  public List<SelectionRequest> standing(long selectionId) {
    return requests(selectionId).stream().filter(SelectionRequest::stands).toList();
  }

  /** The selections of the current Assembly, newest first, their votes without boards. */
  public List<EmergencySnapshot> all() {
    return roster
        .currentSession()
        .map(
            s ->
                em.createNamedQuery(EmergencySelection.OF_SESSION, EmergencySelection.class)
                    .setParameter("session", s.getId())
                    .getResultStream()
                    .map(selection -> of(selection, false))
                    .toList())
        .orElse(List.of());
  }

  /** The selection now, its votes with the board of delegations or without. */
  public EmergencySnapshot of(long selectionId, boolean withBoards) {
    return of(selection(selectionId), withBoards);
  }

  /** The requests as tabled that a merged request stands for (none for a request as tabled). */
  private static List<EmergencySnapshot.MergedRequest> merged(
      SelectionRequest request, List<SelectionRequest> all) {
    List<String> tabled = request.request().tabled();
    if (tabled.size() < 2) {
      return List.of();
    }
    return all.stream()
        .filter(m -> tabled.contains(m.getLabel()))
        .map(m -> new EmergencySnapshot.MergedRequest(m.getLabel(), m.getTitle(), m.getSponsors()))
        .toList();
  }

  private EmergencySnapshot of(EmergencySelection selection, boolean withBoards) {
    List<SelectionRequest> all = requests(selection.getId());
    boolean closed = selection.getState() == VoteState.CLOSED;
    List<EmergencySnapshot.EmergencyRequestView> standing = new ArrayList<>();
    LocalDateTime closesAt = null;
    for (SelectionRequest r : all) {
      if (!r.stands()) {
        continue;
      }
      VoteSnapshot vote = null;
      if (r.getVoteId() != null) {
        Vote v = em.find(Vote.class, r.getVoteId());
        vote = snapshots.of(v, withBoards);
        closesAt = closesAt == null ? v.getClosesAt() : closesAt;
      }
      standing.add(
          new EmergencySnapshot.EmergencyRequestView(
              r.getLabel(),
              r.getTitle(),
              r.getSponsors(),
              merged(r, all),
              r.getVoteId(),
              vote,
              closed && vote != null ? vote.outcome() == Outcome.ADOPTED : null));
    }
    List<String> leading = selection.getLeadingRequests();
    return new EmergencySnapshot(
        selection.getId(),
        selection.getSubject(),
        selection.getMethod(),
        selection.getState(),
        selection.getRollCallLetter(),
        selection.getCreatedAt(),
        selection.getOpenedAt(),
        selection.getClosedAt(),
        closesAt,
        // Why a selection was annulled is the Secretariat's (its audit chain), not public.
        null,
        selection.getReplacesSelectionId(),
        standing,
        selection.getOutcome(),
        closed ? leading : null,
        selection.getOutcome() == EmergencySelectionOutcome.ADDED ? leading.get(0) : null);
  }
}
