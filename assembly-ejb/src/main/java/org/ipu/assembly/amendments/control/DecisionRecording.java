package org.ipu.assembly.amendments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.amendments.rules.Decisions;
import org.ipu.assembly.amendments.rules.TextLimits;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditTrail;

/**
 * Records the committee's decision on an amendment: the one way a decision is written, whoever
 * takes it (the Secretariat from its page or the API; a committee vote's close, with its own {@link
 * AmendmentDecision.Source}). Decisions are taken in the meeting, so only once the deadline for
 * amendments has passed; on an amendment still tabled (not withdrawn by its sponsor) to a published
 * draft. The caller names the version of the decision it read (null: none yet), so that of two
 * officers deciding at once the second is told and nothing is lost. Every decision goes on the
 * draft's audit chain; the consolidated list and the text as amended follow it live.
 */
@Dependent
public class DecisionRecording {

  /** What a committee vote on an amendment decides (the vote's type; the amendment's id). */
  public static final String VOTED_AS = "AMENDMENT";

  @PersistenceContext private EntityManager em;
  @Inject private Drafts drafts;
  @Inject private AuditTrail trail;
  @Inject private Event<AmendmentsChanged> changed;
  @Inject private Clock clock;

  /**
   * Records {@code decision} on the amendment, as read at {@code version} (the decision's; null
   * when there was none), with the orally revised text or the other amendment's number where the
   * decision needs one; refused with a stable code otherwise, nothing written.
   */
  /**
   * The amendment's draft, locked, when the committee may decide on the amendment now: the draft
   * published, the amendment tabled, the deadline passed; refused with a stable code otherwise.
   */
  public DraftResolution decidable(Amendment amendment) {
    DraftResolution draft = drafts.locked(amendment.getDraft().getId());
    if (!draft.isPublished()) {
      throw AssemblyException.conflict("amendment.draft-not-published");
    }
    if (!amendment.isTabled()) {
      throw AssemblyException.conflict("amendment.withdrawn");
    }
    if (draft.deadline().open(clock)) {
      throw AssemblyException.conflict(
          "amendment.decision.before-deadline",
          draft.deadline().announced().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
          draft.deadline().zone().getId());
    }
    return draft;
  }

  public DecisionView record(
      long amendmentId,
      Decision decision,
      String revisedText,
      Integer other,
      Long version,
      AmendmentDecision.Source source,
      String by) {
    Amendment amendment = drafts.amendment(amendmentId);
    DraftResolution draft = decidable(amendment);
    Map<Long, AmendmentDecision> decisions = drafts.decisions(draft);
    AmendmentDecision existing = decisions.get(amendmentId);
    if (existing == null ? version != null : version == null || version != existing.getVersion()) {
      throw AssemblyException.conflict("amendment.decision.changed-meanwhile");
    }
    String textProblem =
        TextLimits.problem("amendment.text", revisedText, TextLimits.PARAGRAPH, false);
    if (textProblem != null) {
      throw AssemblyException.invalid(textProblem, TextLimits.PARAGRAPH);
    }
    if (decision == Decision.ADOPTED_AS_REVISED && revisedText == null) {
      throw AssemblyException.invalid("amendment.text.empty");
    }
    List<String> revised = Words.of(revisedText);
    String problem = Decisions.problem(decision, amendment.change(), revised, other != null);
    if (problem != null) {
      throw AssemblyException.invalid(problem);
    }
    if (decision.adopted() && amendment.isNeedsReview()) {
      throw AssemblyException.conflict("amendment.decision.needs-review");
    }
    List<Amendment> all = drafts.amendments(draft);
    Amendment otherAmendment = null;
    if (other != null) {
      otherAmendment =
          all.stream()
              .filter(a -> a.isTabled() && a.getNumber() == other)
              .findFirst()
              .orElseThrow(
                  () -> AssemblyException.invalid("amendment.decision.other-not-found", other));
      AmendmentDecision otherDecision = decisions.get(otherAmendment.getId());
      String otherProblem =
          Decisions.otherProblem(
              decision,
              tabled(amendment, null),
              tabled(otherAmendment, otherDecision),
              otherDecision == null ? null : otherDecision.getDecision());
      if (otherProblem != null) {
        throw AssemblyException.invalid(otherProblem, other);
      }
    }
    String previous = existing == null ? null : existing.getDecision().name();
    AmendmentDecision recorded = existing == null ? new AmendmentDecision(amendment) : existing;
    recorded.decide(decision, revised, otherAmendment, source, Timestamps.now(clock), by);
    if (existing == null) {
      em.persist(recorded);
    }
    em.flush();
    trail.append(
        AmendmentAudit.subject(draft.getId()),
        AmendmentAudit.DECISION,
        new AmendmentAudit.DecisionRecorded(
            amendment.getNumber(),
            amendment.getId(),
            decision.name(),
            previous,
            recorded.getRevisedWords(),
            other,
            source.name()));
    changed.fire(new AmendmentsChanged(draft.getId()));
    List<Integer> fall = new ArrayList<>();
    if (decision.adopted()) {
      List<Tabled> undecided = new ArrayList<>();
      for (Amendment a : all) {
        if (a.isTabled() && !decisions.containsKey(a.getId()) && a.getId() != amendmentId) {
          undecided.add(tabled(a, null));
        }
      }
      List<Long> ids = Decisions.proposedToFall(tabled(amendment, recorded), undecided);
      all.stream().filter(a -> ids.contains(a.getId())).forEach(a -> fall.add(a.getNumber()));
    }
    return Drafts.view(recorded, fall);
  }

  /** The amendment as the rules see it: as adopted, when orally revised. */
  static Tabled tabled(Amendment amendment, AmendmentDecision decision) {
    return new Tabled(
        amendment.getId(),
        amendment.language().code(),
        decision != null && decision.getDecision() == Decision.ADOPTED_AS_REVISED
            ? Decisions.revised(amendment.change(), decision.revised())
            : amendment.change());
  }
}
