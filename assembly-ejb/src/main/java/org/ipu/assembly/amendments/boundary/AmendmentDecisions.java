package org.ipu.assembly.amendments.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.amendments.control.AmendedText;
import org.ipu.assembly.amendments.control.DecisionRecording;
import org.ipu.assembly.amendments.control.Drafts;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.amendments.control.Views.TextAsAmendedView;
import org.ipu.assembly.amendments.entity.Amendment;
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftParagraph;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.amendments.rules.ParagraphNumber;
import org.ipu.assembly.amendments.rules.VoteSubject;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.voting.control.NewVote;

/**
 * The committee's decisions on amendments and the text as amended. Once the deadline has passed,
 * the Secretariat records each decision, or puts the amendment to the committee's vote (a vote of
 * the live-voting engine that decides the amendment; its close records the decision through the
 * same control, {@link DecisionRecording}, see {@link AmendmentVotes}); everyone who reads the
 * draft reads the text as amended, generated at the moment from the decisions recorded.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed(SECRETARIAT)
public class AmendmentDecisions {

  @Inject private Accounts accounts;
  @Inject private Drafts drafts;
  @Inject private DecisionRecording recording;
  @Inject private AmendedText amendedText;
  @Inject private PlenaryVoting voting;

  /** Records the Secretariat's decision on an amendment. */
  public DecisionView record(long amendmentId, DecisionInput input) {
    if (input == null || input.decision() == null) {
      throw AssemblyException.invalid("amendment.decision.invalid");
    }
    Decision decision;
    try {
      decision = Decision.valueOf(input.decision());
    } catch (IllegalArgumentException unknown) {
      throw AssemblyException.invalid("amendment.decision.invalid");
    }
    if (voting.pendingOn(DecisionRecording.VOTED_AS, amendmentId)) {
      throw AssemblyException.conflict("amendment.vote-pending");
    }
    return recording.record(
        amendmentId,
        decision,
        input.revisedText(),
        input.other(),
        input.version(),
        AmendmentDecision.Source.SECRETARIAT,
        accounts.callerName());
  }

  /**
   * Puts the amendment to the vote of its draft's Standing Committee: sets up a committee vote (one
   * vote per Member, simple majority of the votes cast; {@code method} as for any vote, electronic
   * when null) that decides the amendment, its subject the amendment's change in words, as a draft
   * that the Secretariat opens and closes on the voting console. Refused before the deadline, on an
   * amendment withdrawn, decided or needing review, or with a vote on it already set up or open.
   * Returns the vote's id.
   */
  public long putToVote(long amendmentId, String method) {
    Amendment amendment = drafts.amendment(amendmentId);
    DraftResolution draft = recording.decidable(amendment);
    if (drafts.decisions(draft).containsKey(amendmentId)) {
      throw AssemblyException.conflict("amendment.vote.decided");
    }
    if (amendment.isNeedsReview()) {
      throw AssemblyException.conflict("amendment.decision.needs-review");
    }
    if (voting.pendingOn(DecisionRecording.VOTED_AS, amendmentId)) {
      throw AssemblyException.conflict("amendment.vote-pending");
    }
    DraftParagraph paragraph = amendment.getParagraph();
    ParagraphNumber number = Drafts.numbers(drafts.paragraphs(draft)).get(paragraph.getId());
    String subject =
        VoteSubject.of(
            amendment.getNumber(),
            draft.title(org.ipu.assembly.amendments.rules.DraftLanguage.EN),
            number == null ? "" : number.citation(),
            Words.of(amendment.getBaseText()),
            amendment.change());
    return voting
        .createCommitteeVote(
            new NewVote(subject, method, "SIMPLE", null, null, null, null, null, null),
            draft.getCommittee(),
            DecisionRecording.VOTED_AS,
            amendmentId)
        .getId();
  }

  /** The draft as amended in {@code language} now (a published draft, unless the Secretariat). */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public TextAsAmendedView textAsAmended(long draftId, String language) {
    DraftResolution draft =
        drafts.readable(draftId, accounts.caller().getRole() == Role.SECRETARIAT);
    return amendedText.of(draft, DraftResolutions.language(language));
  }
}
