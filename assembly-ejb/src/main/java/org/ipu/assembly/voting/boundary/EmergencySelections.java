package org.ipu.assembly.voting.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.voting.control.EmergencyBallotRequest;
import org.ipu.assembly.voting.control.EmergencyBallots;
import org.ipu.assembly.voting.control.EmergencyMerge;
import org.ipu.assembly.voting.control.EmergencyReceipt;
import org.ipu.assembly.voting.control.EmergencySelectionLifecycle;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.EmergencySnapshots;
import org.ipu.assembly.voting.control.NewEmergencySelection;
import org.ipu.assembly.voting.entity.EmergencySelection;
import org.ipu.assembly.voting.entity.Vote;

/**
 * The selection of the emergency item (Assembly Rule 11.2), one transaction per call: the
 * Secretariat sets up the requests, merges those their sponsors merged, opens (with a countdown or
 * not), extends, closes and annuls the selection ({@link EmergencySelectionLifecycle}), and enters
 * a roll call's splits; a delegation casts its split for each request from its tablet ({@link
 * EmergencyBallots}, after {@link Presence} has checked that the caller may cast for it); anyone
 * reads a selection as the screens show it ({@link EmergencySnapshots}). Each request is a vote of
 * its own ({@link PlenaryVoting} reads and takes ballots in it as in any vote); a timed selection
 * closes by itself when its time is up ({@link VoteCountdowns}).
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class EmergencySelections {

  @Inject private Roster roster;
  @Inject private Presence presence;
  @Inject private EmergencySelectionLifecycle lifecycle;
  @Inject private EmergencyBallots ballots;
  @Inject private EmergencySnapshots snapshots;
  @Inject private VoteCountdowns countdowns;

  /** Sets up a draft selection in the current Assembly, its requests lettered as tabled. */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot create(NewEmergencySelection request) {
    EmergencySelection created = lifecycle.create(roster.requireCurrentSession(), request);
    return snapshots.of(created.getId(), false);
  }

  /** Merges requests of a draft selection, which are then voted as one (Rule 11.2(c)). */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot merge(long selectionId, EmergencyMerge merge) {
    lifecycle.merge(selectionId, merge);
    return snapshots.of(selectionId, false);
  }

  /** Opens the selection: each request that stands is voted as a vote of its own, all at once. */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot open(long selectionId) {
    lifecycle.open(selectionId, null);
    return snapshots.of(selectionId, false);
  }

  /**
   * Opens the selection as {@link #open(long)} does, with a countdown: its votes close by
   * themselves, together, when the seconds are up.
   */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot openTimed(long selectionId, long durationSeconds) {
    schedule(lifecycle.open(selectionId, durationSeconds));
    return snapshots.of(selectionId, false);
  }

  /** Gives an open timed selection more time, before its time is up. */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot extend(long selectionId, long seconds) {
    schedule(lifecycle.extend(selectionId, seconds));
    return snapshots.of(selectionId, false);
  }

  /** Closes the selection now, and records which request is added (or the tie, or none). */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot close(long selectionId) {
    lifecycle.close(selectionId);
    return snapshots.of(selectionId, false);
  }

  /** Annuls the selection and sets up a new draft with the same requests; returns the new draft. */
  @RolesAllowed(SECRETARIAT)
  public EmergencySnapshot annul(long selectionId, String reason) {
    return snapshots.of(lifecycle.annul(selectionId, reason).getId(), false);
  }

  /**
   * A delegation's ballot, its split for each request, from its tablet: the head of delegation or a
   * delegate the head designated, confirmed present.
   */
  @RolesAllowed(DELEGATE)
  public EmergencyReceipt cast(long selectionId, EmergencyBallotRequest request) {
    long parliament = presence.requireMayCast(ballots.anyVote(selectionId));
    return ballots.ballot(selectionId, parliament, request, false);
  }

  /** A delegate's own share of their delegation's votes on each request, from their tablet. */
  @RolesAllowed(DELEGATE)
  public EmergencyReceipt castShare(long selectionId, EmergencyBallotRequest request) {
    return ballots.share(
        selectionId, presence.requirePresentDelegate(ballots.anyVote(selectionId)), request);
  }

  /** In a roll call, the Secretariat enters the split a delegation declares for each request. */
  @RolesAllowed(SECRETARIAT)
  public EmergencyReceipt recordRollCall(
      long selectionId, long parliamentId, EmergencyBallotRequest request) {
    return ballots.ballot(selectionId, parliamentId, request, true);
  }

  /** The selections of the current Assembly, newest first (their votes without boards). */
  @PermitAll
  public List<EmergencySnapshot> all() {
    return snapshots.all();
  }

  /** The selection now, each request's vote with its board of delegations. */
  @PermitAll
  public EmergencySnapshot snapshot(long selectionId) {
    return snapshots.of(selectionId, true);
  }

  /** The same without the boards: what the live frames carry. */
  @PermitAll
  public EmergencySnapshot liveSnapshot(long selectionId) {
    return snapshots.of(selectionId, false);
  }

  private void schedule(List<Vote> votes) {
    votes.forEach(v -> countdowns.schedule(v.getId(), v.getClosesAt()));
  }
}
