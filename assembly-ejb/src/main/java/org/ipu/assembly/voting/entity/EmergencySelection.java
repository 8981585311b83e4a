package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.voting.rules.EmergencyItemSelection;
import org.ipu.assembly.voting.rules.EmergencySelectionOutcome;

/**
 * The selection of the emergency item (Assembly Rule 11.2): several requests voted in one roll
 * call. Its requests are set up while it is a draft ({@link SelectionRequest}); when it opens, each
 * request that stands is voted as a {@link Vote} of its own, and the selection opens, times and
 * closes them together. Its state moves forward like a vote's; once closed it keeps the outcome
 * (the request added, a tie among the eligible, or none eligible) and never changes. Every change
 * appends to its own audit chain, whose head it keeps.
 */
@Entity
@Table(name = "emergency_selection")
@NamedQuery(
    name = EmergencySelection.OF_SESSION,
    query = "SELECT s FROM EmergencySelection s WHERE s.sessionId = :session ORDER BY s.id DESC")
public class EmergencySelection extends VersionedEntity {

  public static final String OF_SESSION = "EmergencySelection.ofSession";

  @Column(name = "session_id")
  private long sessionId;

  private String subject;

  @Enumerated(EnumType.STRING)
  private VoteMethod method;

  @Enumerated(EnumType.STRING)
  private VoteState state = VoteState.DRAFT;

  @Column(name = "roll_call_letter")
  private String rollCallLetter;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "annulled_at")
  private LocalDateTime annulledAt;

  @Column(name = "annul_reason")
  private String annulReason;

  @Column(name = "replaces_selection_id")
  private Long replacesSelectionId;

  @Enumerated(EnumType.STRING)
  private EmergencySelectionOutcome outcome;

  @Column(name = "leading_requests")
  private String leadingRequests;

  @Column(name = "audit_sequence")
  private int auditSequence;

  @Column(name = "audit_head")
  private String auditHead = AuditHead.GENESIS_HASH;

  protected EmergencySelection() {}

  /**
   * A draft selection.
   *
   * @param method electronic (from the tablets) or a roll call the Secretariat enters; never secret
   *     (each request's board is public)
   */
  public EmergencySelection(
      long sessionId, String subject, VoteMethod method, LocalDateTime createdAt) {
    if (!Vote.isSubject(subject)) {
      throw AssemblyException.invalid("emergency.subject.invalid");
    }
    if (method == null || method == VoteMethod.SECRET) {
      throw AssemblyException.invalid("emergency.method.invalid", String.valueOf(method));
    }
    this.sessionId = sessionId;
    this.subject = subject.strip();
    this.method = method;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new draft with the same subject and method, to replace this annulled selection. */
  public EmergencySelection replacement(LocalDateTime now) {
    EmergencySelection next = new EmergencySelection(sessionId, subject, method, now);
    next.replacesSelectionId = getId();
    return next;
  }

  /** Refuses unless its requests may still be set up (merged). */
  public void requireDraft() {
    requireState(VoteState.DRAFT, "emergency.not-draft");
  }

  /** Refuses unless it is open: its votes take ballots, it may be extended or closed. */
  public void requireOpen() {
    requireState(VoteState.OPEN, "emergency.not-open");
  }

  /** Opens it; its requests' votes open at the same moment, with the same roll-call letter. */
  public void open(LocalDateTime now, String rollCallLetter) {
    requireDraft();
    state = VoteState.OPEN;
    openedAt = now;
    this.rollCallLetter = method == VoteMethod.ROLL_CALL ? rollCallLetter : null;
  }

  /** Closes it with the selection the rules drew from its requests' decisions. */
  public void close(LocalDateTime now, EmergencyItemSelection selection) {
    requireOpen();
    state = VoteState.CLOSED;
    closedAt = now;
    outcome = selection.outcome();
    leadingRequests = String.join(",", selection.leadingRequests());
  }

  public void annul(LocalDateTime now, String reason) {
    if (state == VoteState.ANNULLED) {
      throw AssemblyException.conflict("emergency.annulled");
    }
    if (state == VoteState.CLOSED) {
      throw AssemblyException.conflict("emergency.closed-is-the-record");
    }
    Vote.requireAnnulReason(reason);
    state = VoteState.ANNULLED;
    annulledAt = now;
    annulReason = reason.strip();
  }

  /** Moves the audit chain's head to a newly appended entry. */
  public void advanceAudit(int sequence, String hash) {
    if (sequence != auditSequence + 1) {
      throw new IllegalStateException("audit entries are appended in sequence");
    }
    auditSequence = sequence;
    auditHead = hash;
  }

  private void requireState(VoteState expected, String code) {
    if (state != expected) {
      throw AssemblyException.conflict(code, getId());
    }
  }

  /**
   * Once closed: the eligible requests with the most yes votes (the one added, or those tied), in
   * agenda order; empty otherwise.
   */
  public List<String> getLeadingRequests() {
    return leadingRequests == null || leadingRequests.isEmpty()
        ? List.of()
        : Arrays.asList(leadingRequests.split(","));
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getSubject() {
    return subject;
  }

  public VoteMethod getMethod() {
    return method;
  }

  public VoteState getState() {
    return state;
  }

  public String getRollCallLetter() {
    return rollCallLetter;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public LocalDateTime getAnnulledAt() {
    return annulledAt;
  }

  public String getAnnulReason() {
    return annulReason;
  }

  public Long getReplacesSelectionId() {
    return replacesSelectionId;
  }

  public EmergencySelectionOutcome getOutcome() {
    return outcome;
  }

  public int getAuditSequence() {
    return auditSequence;
  }

  public String getAuditHead() {
    return auditHead;
  }
}
