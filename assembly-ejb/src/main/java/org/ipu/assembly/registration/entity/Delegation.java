package org.ipu.assembly.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * A parliament's delegation to one Assembly, as its focal points register it: a draft, submitted,
 * returned with comments, or approved (accredited). The participants are {@link Participant}s; once
 * their personal data is deleted, what is kept of them are {@link DelegationCount}s.
 */
@Entity
@Table(name = "delegation")
@NamedQuery(
    name = Delegation.OF_PARLIAMENT,
    query =
        "SELECT d FROM Delegation d WHERE d.session = :session AND d.parliament.id = :parliament")
@NamedQuery(
    name = Delegation.OF_SESSION,
    query =
        "SELECT d FROM Delegation d JOIN FETCH d.parliament WHERE d.session = :session"
            + " ORDER BY d.submittedAt, d.id")
@NamedQuery(
    name = Delegation.LATEST_BEFORE,
    query =
        "SELECT d FROM Delegation d WHERE d.parliament.id = :parliament"
            + " AND d.session.opensOn < :opensOn ORDER BY d.session.opensOn DESC")
public class Delegation extends VersionedEntity {

  public static final String OF_PARLIAMENT = "Delegation.ofParliament";
  public static final String OF_SESSION = "Delegation.ofSession";
  public static final String LATEST_BEFORE = "Delegation.latestBefore";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private AssemblySession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "parliament_id")
  private Parliament parliament;

  @Enumerated(EnumType.STRING)
  private RegistrationState state = RegistrationState.DRAFT;

  @Column(name = "return_comment")
  private String returnComment;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "ever_submitted")
  private boolean everSubmitted;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "approved_composition")
  private String approvedComposition;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Column(name = "personal_data_deleted_at")
  private LocalDateTime personalDataDeletedAt;

  protected Delegation() {}

  public Delegation(AssemblySession session, Parliament parliament, LocalDateTime createdAt) {
    this.session = Objects.requireNonNull(session, "session");
    this.parliament = Objects.requireNonNull(parliament, "parliament");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.changedAt = createdAt;
  }

  /**
   * The delegation of a Member to an Assembly held before the system, known only by the counts the
   * Secretariat enters ({@link DelegationCount}s): approved, with no participants.
   */
  public static Delegation entered(
      AssemblySession session, Parliament parliament, String by, LocalDateTime at) {
    Delegation delegation = new Delegation(session, parliament, at);
    delegation.everSubmitted = true;
    delegation.submittedAt = at;
    delegation.state = RegistrationState.APPROVED;
    delegation.decidedBy = Objects.requireNonNull(by, "by");
    delegation.decidedAt = at;
    return delegation;
  }

  /**
   * A participant was added, changed or removed: a submitted delegation cannot change, an approved
   * one needs approval again. The delegation's version moves on.
   */
  public void changed(LocalDateTime at) {
    state = state.afterChange();
    changedAt = Objects.requireNonNull(at, "at");
  }

  public void submit(LocalDateTime at) {
    if (!state.maySubmit()) {
      throw new IllegalStateException("cannot submit a delegation that is " + state);
    }
    state = RegistrationState.SUBMITTED;
    submittedAt = at;
    everSubmitted = true;
  }

  /** The Secretariat approves: {@code composition} is what it approved, to compare with later. */
  public void approve(String by, LocalDateTime at, String composition) {
    decide(by, at);
    state = RegistrationState.APPROVED;
    returnComment = null;
    approvedComposition = Objects.requireNonNull(composition, "composition");
  }

  /** The Secretariat returns the delegation to its focal points with a comment. */
  public void returnWith(String comment, String by, LocalDateTime at) {
    decide(by, at);
    state = RegistrationState.RETURNED;
    returnComment = Objects.requireNonNull(comment, "comment");
  }

  /**
   * The personal data of its participants is deleted (their retention period is over): what the
   * Secretariat wrote about them goes too (the return comment and the approved composition name
   * people). The delegation itself, its parliament and its state stay.
   */
  public void forgetPersonalData(LocalDateTime at) {
    returnComment = null;
    approvedComposition = null;
    personalDataDeletedAt = Objects.requireNonNull(at, "at");
  }

  /** Whether it holds personal data of its own: a return comment or an approved composition. */
  public boolean holdsPersonalData() {
    return returnComment != null || approvedComposition != null;
  }

  private void decide(String by, LocalDateTime at) {
    if (!state.mayDecide()) {
      throw new IllegalStateException("cannot decide on a delegation that is " + state);
    }
    decidedBy = Objects.requireNonNull(by, "by");
    decidedAt = Objects.requireNonNull(at, "at");
  }

  public AssemblySession getSession() {
    return session;
  }

  public Parliament getParliament() {
    return parliament;
  }

  public RegistrationState getState() {
    return state;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public boolean isEverSubmitted() {
    return everSubmitted;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  /** When its participants' personal data was deleted, or null while it is kept. */
  public LocalDateTime getPersonalDataDeletedAt() {
    return personalDataDeletedAt;
  }

  /** The participants as last approved (JSON), or null if it never was. */
  public String getApprovedComposition() {
    return approvedComposition;
  }
}
