package org.ipu.assembly.web.voting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.control.Accreditations.AccreditedDelegate;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.boundary.Presence;
import org.ipu.assembly.voting.boundary.RollCall;
import org.ipu.assembly.voting.control.BallotRequest;
import org.ipu.assembly.voting.control.NewVote;
import org.ipu.assembly.voting.entity.PlenaryPresence;
import org.ipu.assembly.voting.entity.PresenceState;
import org.ipu.assembly.voting.entity.Vote;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.RollCallOrder;
import org.ipu.assembly.voting.rules.VoteCountdown;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/voting.xhtml}: the Secretariat's voting console. Sets up, opens, closes and
 * annuls votes, confirms delegates' presence, and enters roll-call splits. The live tally beside it
 * comes over the WebSocket like every other screen's.
 */
@Named
@ViewScoped
public class VotingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An accredited delegate and their presence, for the presence table. */
  public record DelegateRow(
      long accountId,
      String username,
      String fullName,
      String parliament,
      String state,
      boolean head)
      implements Serializable {}

  /**
   * A vote in the console's list: what the page shows of it, held by value (a view-scoped bean is
   * serialized with the session; the entity is not serializable).
   */
  public record VoteRow(
      long id,
      String subject,
      String method,
      String majorityRule,
      String state,
      String resultOutcome,
      String annulReason,
      boolean timed,
      String emergencyRequest,
      LocalDateTime voidedAt,
      String voidReason,
      String voidedBy)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The vote as listed, its subject in {@code language} where it has one, else in English. */
    static VoteRow of(Vote v, String language) {
      return new VoteRow(
          v.getId(),
          v.subjectIn(language),
          v.getMethod().name(),
          v.getMajorityRule().name(),
          v.getState().name(),
          v.getResultOutcome() == null ? null : v.getResultOutcome().name(),
          v.getAnnulReason(),
          v.getClosesAt() != null,
          v.getEmergencyRequest(),
          v.getVoidedAt(),
          v.getVoidReason(),
          v.getVoidedBy());
    }

    /** Whether the vote's result was voided after its close. */
    public boolean voided() {
      return voidedAt != null;
    }

    /** When the result was voided, to the minute (UTC). */
    public String voidedOn() {
      return VotingTimes.utc(voidedAt);
    }
  }

  /** How many closed or annulled votes the console lists (the results page has every result). */
  static final int LATEST_FINISHED = 50;

  @Inject private PlenaryVoting voting;
  @Inject private RollCall rollCall;
  @Inject private Presence presence;
  @Inject private LanguageBacking language;

  private List<VoteRow> votes;
  private Map<Long, List<RollCallOrder.Delegation>> rollCalls;
  private List<DelegateRow> delegates;
  private List<DelegateRow> selectedDelegates = List.of();
  private String subject;
  private String subjectFr;
  private String subjectEs;
  private String subjectAr;
  private String method = "ELECTRONIC";
  private String majority = "SIMPLE";

  /**
   * The vote the correction dialog is about (annul an open or draft vote, void a closed result).
   */
  private VoteRow correcting;

  /** Whether the dialog voids a closed result (else it annuls the vote). */
  private boolean voiding;

  /** The reason typed in the correction dialog. */
  private String reason;

  private Long durationSeconds;
  private Long rollCallParliament;
  private Integer rollCallYes;
  private Integer rollCallNo;
  private Integer rollCallAbstain;

  @PostConstruct
  void load() {
    List<Vote> all = voting.console(LATEST_FINISHED);
    votes = all.stream().map(v -> VoteRow.of(v, language.getCode())).toList();
    // One boundary call per open roll call, when the view loads, not per render.
    rollCalls = new HashMap<>();
    all.stream()
        .filter(
            v ->
                v.getState() == VoteState.OPEN
                    && v.getMethod() == VoteMethod.ROLL_CALL
                    // A request of an emergency item selection: its roll call is the selection's.
                    && v.getEmergencyRequest() == null)
        .forEach(v -> rollCalls.put(v.getId(), rollCall.order(v.getId())));
    Map<Long, PlenaryPresence> byAccount =
        presence.all().stream()
            .collect(Collectors.toMap(PlenaryPresence::getAccountId, Function.identity()));
    delegates =
        presence.delegates().stream()
            .map(d -> row(d, byAccount.get(d.accountId())))
            .sorted(
                Comparator.comparing(DelegateRow::parliament).thenComparing(DelegateRow::username))
            .toList();
  }

  private DelegateRow row(AccreditedDelegate d, PlenaryPresence p) {
    return new DelegateRow(
        d.accountId(),
        d.username(),
        d.name(),
        d.parliament().name(language.getLocale()),
        p == null ? PresenceState.ABSENT.name() : p.getState().name(),
        d.head());
  }

  public void create() {
    act(
        () -> {
          voting.create(
              new NewVote(
                  subject, method, majority, null, null, null, subjectFr, subjectEs, subjectAr));
          subject = null;
          subjectFr = null;
          subjectEs = null;
          subjectAr = null;
        },
        "voting.created");
  }

  public void open(long voteId) {
    act(() -> voting.open(voteId), "voting.opened");
  }

  /** Opens the vote with a countdown of {@link #getDurationSeconds()} seconds. */
  public void openTimed(long voteId) {
    act(
        () -> {
          voting.openTimed(voteId, requiredDuration());
          durationSeconds = null;
        },
        "voting.opened-timed");
  }

  /** Gives an open timed vote {@link #getDurationSeconds()} seconds more. */
  public void extend(long voteId) {
    act(
        () -> {
          voting.extend(voteId, requiredDuration());
          durationSeconds = null;
        },
        "voting.extended");
  }

  private long requiredDuration() {
    return requiredDuration(durationSeconds);
  }

  /** The countdown typed in, or the refusal that asks for one. */
  static long requiredDuration(Long durationSeconds) {
    if (durationSeconds == null) {
      throw AssemblyException.invalid(
          "vote.duration.invalid",
          VoteCountdown.MIN_DURATION.toSeconds(),
          VoteCountdown.MAX_DURATION.toHours());
    }
    return durationSeconds;
  }

  public void close(long voteId) {
    act(() -> voting.close(voteId), "voting.closed");
  }

  /** Opens the dialog that annuls the vote (a draft or an open one), asking for the reason. */
  public void prepareAnnul(VoteRow vote) {
    correcting = vote;
    voiding = false;
    reason = null;
  }

  /**
   * Opens the dialog that voids the closed vote's result, asking for the reason: the result stays
   * published, marked void.
   */
  public void prepareVoid(VoteRow vote) {
    correcting = vote;
    voiding = true;
    reason = null;
  }

  /**
   * What the dialog confirms: annuls the vote or voids its result with the reason typed; a refusal
   * keeps the dialog open with its reason.
   */
  public void correct() {
    if (correcting == null) {
      return;
    }
    long voteId = correcting.id();
    boolean done =
        act(
            () -> {
              if (voiding) {
                voting.voidResult(voteId, reason);
              } else {
                voting.annul(voteId, reason);
              }
            },
            voiding ? "voting.voided" : "voting.annulled");
    if (done) {
      correcting = null;
      reason = null;
    } else {
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void markPresent(long accountId) {
    act(() -> presence.mark(accountId, PresenceState.PRESENT), null);
  }

  public void markAbsent(long accountId) {
    act(() -> presence.mark(accountId, PresenceState.ABSENT), null);
  }

  /** Confirms the delegates ticked (a delegation filtered and all ticked, say) present. */
  public void markSelectedPresent() {
    markSelected(PresenceState.PRESENT);
  }

  public void markSelectedAbsent() {
    markSelected(PresenceState.ABSENT);
  }

  private void markSelected(PresenceState state) {
    List<Long> ids = selectedDelegates.stream().map(DelegateRow::accountId).toList();
    if (act(() -> presence.markAll(ids, state), null)) {
      language.inform("voting.presence.marked", ids.size());
      selectedDelegates = List.of();
    }
  }

  public void recordRollCall(long voteId) {
    act(
        () -> {
          voting.recordRollCall(
              voteId,
              rollCallParliament == null ? -1 : rollCallParliament,
              new BallotRequest(
                  rollCallYes, rollCallNo, rollCallAbstain, UUID.randomUUID().toString()));
          rollCallYes = rollCallNo = rollCallAbstain = null;
        },
        "voting.roll-call.recorded");
  }

  private boolean act(Runnable action, String doneKey) {
    try {
      action.run();
      if (doneKey != null) {
        language.inform(doneKey);
      }
      load();
      return true;
    } catch (AssemblyException refused) {
      language.refuse(refused);
      return false;
    }
  }

  /** The roll call's delegations in calling order (empty for a vote that is not one). */
  public List<RollCallOrder.Delegation> rollCallOrder(long voteId) {
    return rollCalls.getOrDefault(voteId, List.of());
  }

  public int getLatestFinished() {
    return LATEST_FINISHED;
  }

  public List<VoteRow> getVotes() {
    return votes;
  }

  public List<DelegateRow> getDelegates() {
    return delegates;
  }

  public List<DelegateRow> getSelectedDelegates() {
    return selectedDelegates;
  }

  public void setSelectedDelegates(List<DelegateRow> selectedDelegates) {
    this.selectedDelegates = selectedDelegates == null ? List.of() : selectedDelegates;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getSubjectFr() {
    return subjectFr;
  }

  public void setSubjectFr(String subjectFr) {
    this.subjectFr = subjectFr;
  }

  public String getSubjectEs() {
    return subjectEs;
  }

  public void setSubjectEs(String subjectEs) {
    this.subjectEs = subjectEs;
  }

  public String getSubjectAr() {
    return subjectAr;
  }

  public void setSubjectAr(String subjectAr) {
    this.subjectAr = subjectAr;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getMajority() {
    return majority;
  }

  public void setMajority(String majority) {
    this.majority = majority;
  }

  public VoteRow getCorrecting() {
    return correcting;
  }

  public boolean isVoiding() {
    return voiding;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getDurationSeconds() {
    return durationSeconds;
  }

  public void setDurationSeconds(Long durationSeconds) {
    this.durationSeconds = durationSeconds;
  }

  public Long getRollCallParliament() {
    return rollCallParliament;
  }

  public void setRollCallParliament(Long rollCallParliament) {
    this.rollCallParliament = rollCallParliament;
  }

  public Integer getRollCallYes() {
    return rollCallYes;
  }

  public void setRollCallYes(Integer rollCallYes) {
    this.rollCallYes = rollCallYes;
  }

  public Integer getRollCallNo() {
    return rollCallNo;
  }

  public void setRollCallNo(Integer rollCallNo) {
    this.rollCallNo = rollCallNo;
  }

  public Integer getRollCallAbstain() {
    return rollCallAbstain;
  }

  public void setRollCallAbstain(Integer rollCallAbstain) {
    this.rollCallAbstain = rollCallAbstain;
  }
}
