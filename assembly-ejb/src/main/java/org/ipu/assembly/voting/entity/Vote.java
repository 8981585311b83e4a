package org.ipu.assembly.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.platform.audit.AuditHead;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.voting.rules.BallotSplit;
import org.ipu.assembly.voting.rules.Correction;
import org.ipu.assembly.voting.rules.Decision;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.ipu.assembly.voting.rules.QuorumRule;
import org.ipu.assembly.voting.rules.VoteCountdown;

/**
 * A vote of the plenary on one subject. Its state only moves forward (draft, open, closed or
 * annulled); a closed vote's result never changes: it is not annulled, and if the Secretariat voids
 * it after the fact, it stays as it was, marked void with the reason. Every change appends to its
 * audit chain, whose head it keeps.
 */
@Entity
@Table(name = "vote")
@NamedQuery(
    name = Vote.OF_SESSION,
    query = "SELECT v FROM Vote v WHERE v.sessionId = :session ORDER BY v.id DESC")
@NamedQuery(
    name = Vote.IN_STATE,
    query =
        "SELECT v FROM Vote v WHERE v.sessionId = :session AND v.state = :state ORDER BY v.id DESC")
@NamedQuery(
    name = Vote.IN_STATES,
    query =
        "SELECT v FROM Vote v WHERE v.sessionId = :session AND v.state IN :states"
            + " ORDER BY v.id DESC")
@NamedQuery(
    name = Vote.LATEST_SHOWN,
    query =
        "SELECT v FROM Vote v WHERE v.sessionId = :session AND v.state <> :draft"
            + " ORDER BY v.id DESC")
@NamedQuery(
    name = Vote.CLOSED_NEWEST_FIRST,
    query =
        "SELECT v FROM Vote v WHERE v.sessionId = :session AND v.state = :closed"
            + " ORDER BY v.closedAt DESC, v.id DESC")
@NamedQuery(
    name = Vote.CLOSED_COUNT,
    query = "SELECT COUNT(v) FROM Vote v WHERE v.sessionId = :session AND v.state = :closed")
@NamedQuery(
    name = Vote.TIMED_OPEN,
    query = "SELECT v FROM Vote v WHERE v.state = :open AND v.closesAt IS NOT NULL")
@NamedQuery(
    name = Vote.DECIDING,
    query =
        "SELECT COUNT(v) FROM Vote v WHERE v.decidesType = :type AND v.decidesId = :id"
            + " AND v.state IN :pending")
public class Vote extends VersionedEntity {

  /** How many votes in the states {@code pending} decide what {@code type}, {@code id} names. */
  public static final String DECIDING = "Vote.deciding";

  public static final String OF_SESSION = "Vote.ofSession";

  /** An Assembly's votes in one state, newest first (read with a maximum). */
  public static final String IN_STATE = "Vote.inState";

  /** An Assembly's votes in any of some states, newest first. */
  public static final String IN_STATES = "Vote.inStates";

  /** An Assembly's votes past their draft, newest first (read with a maximum). */
  public static final String LATEST_SHOWN = "Vote.latestShown";

  /** An Assembly's closed votes, the latest closed first (read a page at a time). */
  public static final String CLOSED_NEWEST_FIRST = "Vote.closedNewestFirst";

  /** How many closed votes an Assembly has. */
  public static final String CLOSED_COUNT = "Vote.closedCount";

  /** Open votes with a countdown (parameter {@code open}: {@link VoteState#OPEN}). */
  public static final String TIMED_OPEN = "Vote.timedOpen";

  @Column(name = "session_id")
  private long sessionId;

  private String subject;

  @Column(name = "subject_fr")
  private String subjectFr;

  @Column(name = "subject_es")
  private String subjectEs;

  @Column(name = "subject_ar")
  private String subjectAr;

  @Enumerated(EnumType.STRING)
  private VoteMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "majority_rule")
  private MajorityRule majorityRule;

  @Enumerated(EnumType.STRING)
  @Column(name = "quorum_basis")
  private QuorumRule.Basis quorumBasis = QuorumRule.Basis.NONE;

  @Column(name = "quorum_numerator")
  private int quorumNumerator;

  @Column(name = "quorum_denominator")
  private int quorumDenominator = 1;

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

  /** When a timed vote closes by itself (null: the Secretariat closes it). */
  @Column(name = "closes_at")
  private LocalDateTime closesAt;

  @Column(name = "annulled_at")
  private LocalDateTime annulledAt;

  @Column(name = "annul_reason")
  private String annulReason;

  /** When the Secretariat voided this closed vote's result (null: it stands). */
  @Column(name = "voided_at")
  private LocalDateTime voidedAt;

  @Column(name = "void_reason")
  private String voidReason;

  /** Who voided the result (the Secretariat officer signed in). */
  @Column(name = "voided_by")
  private String voidedBy;

  @Column(name = "replaces_vote_id")
  private Long replacesVoteId;

  /** The emergency item selection whose request this vote decides (null: a vote of its own). */
  @Column(name = "emergency_selection_id")
  private Long emergencySelectionId;

  /** The label of the request it decides, in its emergency item selection. */
  @Column(name = "emergency_request")
  private String emergencyRequest;

  /** What the vote decides that another component keeps: its type (null: nothing)... */
  @Column(name = "decides_type")
  private String decidesType;

  /** ...and its id there. */
  @Column(name = "decides_id")
  private Long decidesId;

  /**
   * The Standing Committee whose vote this is (null: a vote of the plenary): one vote per Member,
   * cast by its member of the committee present or else its substitute present.
   */
  @Enumerated(EnumType.STRING)
  private Committee committee;

  @Column(name = "result_yes")
  private Integer resultYes;

  @Column(name = "result_no")
  private Integer resultNo;

  @Column(name = "result_abstain")
  private Integer resultAbstain;

  @Column(name = "result_required")
  private Integer resultRequired;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_outcome")
  private Outcome resultOutcome;

  @Column(name = "secret_yes")
  private int secretYes;

  @Column(name = "secret_no")
  private int secretNo;

  @Column(name = "secret_abstain")
  private int secretAbstain;

  @Column(name = "audit_sequence")
  private int auditSequence;

  @Column(name = "audit_head")
  private String auditHead = AuditHead.GENESIS_HASH;

  protected Vote() {}

  public Vote(
      long sessionId,
      String subject,
      VoteMethod method,
      MajorityRule majorityRule,
      QuorumRule quorum,
      LocalDateTime createdAt) {
    if (!isSubject(subject)) {
      throw AssemblyException.invalid("vote.subject.invalid");
    }
    this.sessionId = sessionId;
    this.subject = subject.strip();
    this.method = Objects.requireNonNull(method, "method");
    this.majorityRule = Objects.requireNonNull(majorityRule, "majorityRule");
    this.quorumBasis = quorum.basis();
    this.quorumNumerator = quorum.numerator();
    this.quorumDenominator = quorum.denominator();
    this.createdAt = createdAt;
  }

  /**
   * A request's vote in an emergency item selection (Assembly Rule 11.2): two-thirds of the votes
   * cast, no quorum; the selection opens, times, closes and annuls it with its other requests.
   */
  public static Vote ofRequest(
      long sessionId,
      long selectionId,
      String request,
      String title,
      VoteMethod method,
      LocalDateTime createdAt) {
    Vote vote =
        new Vote(sessionId, title, method, MajorityRule.TWO_THIRDS, QuorumRule.none(), createdAt);
    vote.emergencySelectionId = selectionId;
    vote.emergencyRequest = request;
    return vote;
  }

  /**
   * Refuses what only its emergency item selection may do to a request's vote (open, extend, close
   * or annul it): the requests are decided together.
   */
  public void requireOwnVote() {
    if (emergencySelectionId != null) {
      throw AssemblyException.conflict("vote.in-emergency-selection", emergencySelectionId);
    }
  }

  /** A new draft with the same subject and settings, to replace this annulled vote. */
  public Vote replacement(LocalDateTime now) {
    Vote next = new Vote(sessionId, subject, method, majorityRule, quorum(), now);
    next.subjectFr = subjectFr;
    next.subjectEs = subjectEs;
    next.subjectAr = subjectAr;
    next.replacesVoteId = getId();
    next.decidesType = decidesType;
    next.decidesId = decidesId;
    next.committee = committee;
    return next;
  }

  /**
   * Says what the vote decides that another component keeps ({@code type}, {@code id}): when it
   * closes, its decision is announced with them.
   */
  public void decides(String type, long id) {
    this.decidesType = Objects.requireNonNull(type, "type");
    this.decidesId = id;
  }

  /** Makes this draft a vote of the Standing Committee given (one vote per Member). */
  public void ofCommittee(Committee committee) {
    this.committee = Objects.requireNonNull(committee, "committee");
  }

  /** The Standing Committee whose vote this is, if it is not a vote of the plenary. */
  public Optional<Committee> committee() {
    return Optional.ofNullable(committee);
  }

  public Committee getCommittee() {
    return committee;
  }

  public String getDecidesType() {
    return decidesType;
  }

  public Long getDecidesId() {
    return decidesId;
  }

  public void open(LocalDateTime now, String rollCallLetter) {
    open(now, rollCallLetter, null);
  }

  /**
   * Opens the vote; with a duration (seconds), it closes by itself when that time is up.
   *
   * @param durationSeconds null for a vote the Secretariat closes
   */
  public void open(LocalDateTime now, String rollCallLetter, Long durationSeconds) {
    requireState(VoteState.DRAFT, "vote.not-draft");
    if (durationSeconds != null) {
      VoteCountdown.checkDuration(durationSeconds)
          .ifPresent(
              refusal -> {
                throw AssemblyException.invalid(
                    "vote.duration.invalid",
                    VoteCountdown.MIN_DURATION.toSeconds(),
                    VoteCountdown.MAX_DURATION.toHours());
              });
      closesAt = VoteCountdown.startingAt(now, durationSeconds).closesAt();
    }
    state = VoteState.OPEN;
    openedAt = now;
    this.rollCallLetter = method == VoteMethod.ROLL_CALL ? rollCallLetter : null;
  }

  /** The countdown of a timed vote, if it is one. */
  public Optional<VoteCountdown> countdown() {
    return Optional.ofNullable(closesAt).map(VoteCountdown::new);
  }

  /** Gives an open timed vote more time, before its time is up; returns when it closed before. */
  public LocalDateTime extend(LocalDateTime now, long seconds) {
    requireOpen();
    VoteCountdown countdown =
        countdown().orElseThrow(() -> AssemblyException.conflict("vote.not-timed"));
    countdown
        .checkExtension(now, seconds)
        .ifPresent(
            refusal -> {
              throw switch (refusal) {
                case TIME_UP -> AssemblyException.conflict("vote.time-up");
                case TOO_LONG ->
                    AssemblyException.invalid(
                        "vote.extension.too-long", VoteCountdown.MAX_DURATION.toMinutes());
                case DURATION_OUT_OF_RANGE ->
                    AssemblyException.invalid(
                        "vote.duration.invalid",
                        VoteCountdown.MIN_DURATION.toSeconds(),
                        VoteCountdown.MAX_DURATION.toHours());
              };
            });
    LocalDateTime before = closesAt;
    closesAt = countdown.extendedBy(now, seconds).closesAt();
    return before;
  }

  /** Whether the vote is open and its time is up at {@code now}: it is due to close by itself. */
  public boolean isDue(LocalDateTime now) {
    return state == VoteState.OPEN && countdown().map(c -> c.isUp(now)).orElse(false);
  }

  /** Refuses unless ballots may still be cast. */
  public void requireOpen() {
    requireState(VoteState.OPEN, "vote.closed");
  }

  public void close(LocalDateTime now, Decision decision) {
    requireOpen();
    state = VoteState.CLOSED;
    closedAt = now;
    resultYes = decision.yes();
    resultNo = decision.no();
    resultAbstain = decision.abstain();
    resultRequired = decision.required();
    resultOutcome = decision.outcome();
  }

  public void annul(LocalDateTime now, String reason) {
    // A closed vote's result is the Assembly's record: it is published and never changes.
    Correction.annulRefusal(stage())
        .ifPresent(
            code -> {
              throw AssemblyException.conflict(code, getId());
            });
    requireAnnulReason(reason);
    state = VoteState.ANNULLED;
    annulledAt = now;
    annulReason = reason.strip();
  }

  /**
   * Voids a closed vote's result after the fact: the result stays as it was, published and marked
   * void with the reason, the moment and who voided it. Once only.
   */
  public void voidResult(LocalDateTime now, String reason, String by) {
    Correction.voidRefusal(stage(), voidedAt != null)
        .ifPresent(
            code -> {
              throw AssemblyException.conflict(code, getId());
            });
    if (reason == null
        || reason.isBlank()
        || reason.length() > 1000
        || !PlainText.isPlain(reason)) {
      throw AssemblyException.invalid("vote.void.reason-invalid");
    }
    voidedAt = now;
    voidReason = reason.strip();
    voidedBy = Objects.requireNonNull(by, "by");
  }

  /** Whether the vote's result was voided after its close. */
  public boolean isVoid() {
    return voidedAt != null;
  }

  /** Whether anyone may read the vote: it has been opened (a draft's subject is not public). */
  public boolean isPublic() {
    return openedAt != null;
  }

  private Correction.Stage stage() {
    return Correction.Stage.valueOf(state.name());
  }

  /**
   * Whether the text may be what a vote (or an emergency item selection) is about: present, at most
   * 500 characters, plain text.
   */
  static boolean isSubject(String subject) {
    return subject != null
        && !subject.isBlank()
        && subject.length() <= 500
        && PlainText.isPlain(subject);
  }

  /** Refuses a reason for annulling that is missing, over 1,000 characters or not plain text. */
  static void requireAnnulReason(String reason) {
    if (reason == null
        || reason.isBlank()
        || reason.length() > 1000
        || !PlainText.isPlain(reason)) {
      throw AssemblyException.invalid("vote.annul-reason.invalid");
    }
  }

  /** Adds a secret ballot to the running totals; the ballot itself is never stored. */
  public void addSecretBallot(BallotSplit split) {
    secretYes += split.yes();
    secretNo += split.no();
    secretAbstain += split.abstain();
  }

  public BallotSplit secretTotals() {
    return new BallotSplit(secretYes, secretNo, secretAbstain);
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

  public QuorumRule quorum() {
    return switch (quorumBasis) {
      case NONE -> QuorumRule.none();
      case ENTITLEMENTS -> QuorumRule.ofEntitlements(quorumNumerator, quorumDenominator);
      case DELEGATIONS -> QuorumRule.ofDelegations(quorumNumerator, quorumDenominator);
    };
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getSubject() {
    return subject;
  }

  /**
   * Gives the subject in French, Spanish and Arabic (null or blank: none in that language); each is
   * plain text of at most 500 characters ({@code vote.subject.invalid} otherwise).
   */
  public void translateSubject(String fr, String es, String ar) {
    String french = translation(fr);
    String spanish = translation(es);
    String arabic = translation(ar);
    subjectFr = french;
    subjectEs = spanish;
    subjectAr = arabic;
  }

  private static String translation(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!isSubject(text)) {
      throw AssemblyException.invalid("vote.subject.invalid");
    }
    return text.strip();
  }

  /** The subject in {@code language} (en, fr, es, ar) where it is given in it, else in English. */
  public String subjectIn(String language) {
    return subjectTranslations().getOrDefault(language, subject);
  }

  /**
   * The subject in the languages it is given in besides English: {@code fr}, {@code es}, {@code
   * ar}.
   */
  public Map<String, String> subjectTranslations() {
    Map<String, String> translations = new TreeMap<>();
    if (subjectFr != null) {
      translations.put("fr", subjectFr);
    }
    if (subjectEs != null) {
      translations.put("es", subjectEs);
    }
    if (subjectAr != null) {
      translations.put("ar", subjectAr);
    }
    return translations;
  }

  public VoteMethod getMethod() {
    return method;
  }

  public MajorityRule getMajorityRule() {
    return majorityRule;
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

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public LocalDateTime getAnnulledAt() {
    return annulledAt;
  }

  public String getAnnulReason() {
    return annulReason;
  }

  public LocalDateTime getVoidedAt() {
    return voidedAt;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public String getVoidedBy() {
    return voidedBy;
  }

  public Long getReplacesVoteId() {
    return replacesVoteId;
  }

  public Long getEmergencySelectionId() {
    return emergencySelectionId;
  }

  public String getEmergencyRequest() {
    return emergencyRequest;
  }

  public Integer getResultYes() {
    return resultYes;
  }

  public Integer getResultNo() {
    return resultNo;
  }

  public Integer getResultAbstain() {
    return resultAbstain;
  }

  public Integer getResultRequired() {
    return resultRequired;
  }

  public Outcome getResultOutcome() {
    return resultOutcome;
  }

  public int getAuditSequence() {
    return auditSequence;
  }

  public String getAuditHead() {
    return auditHead;
  }
}
