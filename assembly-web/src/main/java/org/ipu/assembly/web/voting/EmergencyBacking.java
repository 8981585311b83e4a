package org.ipu.assembly.web.voting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.voting.boundary.EmergencySelections;
import org.ipu.assembly.voting.boundary.RollCall;
import org.ipu.assembly.voting.control.EmergencyMerge;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.NewEmergencySelection;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.RollCallOrder;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * The selection of the emergency item on {@code secretariat/voting.xhtml}: the Secretariat sets up
 * the requests (one a line, "title | sponsors"), merges those their sponsors merged, opens the
 * selection (with a countdown or not), extends, closes or annuls it; in a roll call it enters a
 * delegation's whole split, a line a request, in one ballot; the closed ones show their arithmetic
 * and link their results and record. The running tallies are on the live panel beside it, like
 * every vote's.
 */
@Named
@ViewScoped
public class EmergencyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EmergencySelections selections;
  @Inject private LanguageBacking language;
  @Inject private RollCall rollCall;

  /** Read again after each action; not kept when the view is serialized with the session. */
  private transient List<EmergencySnapshot> all;

  private String subject;
  private String method = "ELECTRONIC";
  private String requests;
  private List<String> merging = new ArrayList<>();
  private String mergedTitle;
  private Long durationSeconds;
  private String annulReason;

  /** The roll-call form of the selection open now, kept while it stays open. */
  private EmergencySplitForm rollCallForm;

  /** The delegations of that roll call in calling order, read once with the form. */
  private List<RollCallOrder.Delegation> rollCallOrder = List.of();

  private Long rollCallParliament;

  @PostConstruct
  void start() {
    subject = language.getCurrent().text("voting.emergency.title");
  }

  private void load() {
    all = selections.all();
  }

  private List<EmergencySnapshot> all() {
    if (all == null) {
      load();
    }
    return all;
  }

  public void create() {
    act(
        () -> {
          List<NewEmergencySelection.TabledRequest> tabled = new ArrayList<>();
          for (String line : (requests == null ? "" : requests).split("\\R")) {
            if (!line.isBlank()) {
              int bar = line.indexOf('|');
              tabled.add(
                  bar < 0
                      ? new NewEmergencySelection.TabledRequest(line.strip(), null)
                      : new NewEmergencySelection.TabledRequest(
                          line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
          }
          selections.create(new NewEmergencySelection(subject, method, tabled));
          requests = null;
        },
        "voting.emergency.created");
  }

  public void merge(long selectionId) {
    act(
        () -> {
          selections.merge(
              selectionId,
              new EmergencyMerge(
                  List.copyOf(merging),
                  mergedTitle == null || mergedTitle.isBlank() ? null : mergedTitle));
          merging = new ArrayList<>();
          mergedTitle = null;
        },
        "voting.emergency.merged");
  }

  public void open(long selectionId) {
    act(() -> selections.open(selectionId), "voting.emergency.opened");
  }

  public void openTimed(long selectionId) {
    act(
        () -> {
          selections.openTimed(selectionId, requiredDuration());
          durationSeconds = null;
        },
        "voting.emergency.opened-timed");
  }

  public void extend(long selectionId) {
    act(
        () -> {
          selections.extend(selectionId, requiredDuration());
          durationSeconds = null;
        },
        "voting.emergency.extended");
  }

  public void close(long selectionId) {
    act(() -> selections.close(selectionId), "voting.emergency.closed");
  }

  public void annul(long selectionId) {
    act(
        () -> {
          selections.annul(selectionId, annulReason);
          annulReason = null;
        },
        "voting.emergency.annulled");
  }

  /**
   * Records the split the delegation declares on every request of the roll call, in one ballot:
   * recorded on each request, or refused with each request refused named, and then nothing is.
   */
  public void recordRollCall(long selectionId) {
    EmergencySplitForm form = getRollCall();
    if (form == null || form.getSelectionId() != selectionId) {
      return;
    }
    try {
      selections.recordRollCall(
          selectionId,
          rollCallParliament == null ? -1 : rollCallParliament,
          form.ballot(UUID.randomUUID().toString()));
      language.inform("voting.emergency.roll-call.recorded");
      form.clear();
      rollCallParliament = null;
      load();
    } catch (InvalidRequest refused) {
      language.refuseAll(EmergencySplitForm.refusals(refused, language.getCurrent()));
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** The roll-call form of the open selection, if it is a roll call (else null). */
  public EmergencySplitForm getRollCall() {
    EmergencySnapshot open = getOpen();
    if (open == null || open.method() != VoteMethod.ROLL_CALL) {
      return null;
    }
    if (rollCallForm == null || rollCallForm.getSelectionId() != open.selectionId()) {
      rollCallForm = EmergencySplitForm.of(open);
      Long firstVote = open.requests().isEmpty() ? null : open.requests().get(0).voteId();
      rollCallOrder = firstVote == null ? List.of() : rollCall.order(firstVote);
      rollCallParliament = null;
    }
    return rollCallForm;
  }

  /** The roll call's delegations in calling order, with their usable votes. */
  public List<RollCallOrder.Delegation> getRollCallOrder() {
    return getRollCall() == null ? List.of() : rollCallOrder;
  }

  /** The accessible name of a count's input: "Yes, request A". */
  public String inputLabel(String request, String countKey) {
    return language
        .getCurrent()
        .text("voting.emergency.roll-call.input", language.getCurrent().text(countKey), request);
  }

  public Long getRollCallParliament() {
    return rollCallParliament;
  }

  public void setRollCallParliament(Long rollCallParliament) {
    this.rollCallParliament = rollCallParliament;
  }

  private long requiredDuration() {
    return VotingBacking.requiredDuration(durationSeconds);
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      language.inform(doneKey);
      load();
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** The selection being prepared (the newest draft), if any. */
  public EmergencySnapshot getDraft() {
    return first(VoteState.DRAFT);
  }

  /** The selection open now (the newest), if any. */
  public EmergencySnapshot getOpen() {
    return first(VoteState.OPEN);
  }

  /** The closed selections, newest first. */
  public List<EmergencySnapshot> getClosed() {
    return all().stream().filter(s -> s.state() == VoteState.CLOSED).toList();
  }

  /** The selection's arithmetic in words, in the page's language. */
  public String arithmetic(EmergencySnapshot selection) {
    return EmergencyTexts.sentence(selection, language.getCurrent());
  }

  private EmergencySnapshot first(VoteState state) {
    return all().stream().filter(s -> s.state() == state).findFirst().orElse(null);
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getRequests() {
    return requests;
  }

  public void setRequests(String requests) {
    this.requests = requests;
  }

  public List<String> getMerging() {
    return merging;
  }

  public void setMerging(List<String> merging) {
    this.merging = merging == null ? new ArrayList<>() : new ArrayList<>(merging);
  }

  public String getMergedTitle() {
    return mergedTitle;
  }

  public void setMergedTitle(String mergedTitle) {
    this.mergedTitle = mergedTitle;
  }

  public Long getDurationSeconds() {
    return durationSeconds;
  }

  public void setDurationSeconds(Long durationSeconds) {
    this.durationSeconds = durationSeconds;
  }

  public String getAnnulReason() {
    return annulReason;
  }

  public void setAnnulReason(String annulReason) {
    this.annulReason = annulReason;
  }
}
