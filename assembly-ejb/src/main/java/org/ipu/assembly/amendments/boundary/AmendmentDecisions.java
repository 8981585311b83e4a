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
import org.ipu.assembly.amendments.entity.AmendmentDecision;
import org.ipu.assembly.amendments.entity.DraftResolution;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.platform.AssemblyException;

/**
 * The committee's decisions on amendments and the text as amended. The Secretariat records each
 * decision once the deadline has passed (a committee vote will record its own through the same
 * control, {@link DecisionRecording}); everyone who reads the draft reads the text as amended,
 * generated at the moment from the decisions recorded.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
@RolesAllowed(SECRETARIAT)
public class AmendmentDecisions {

  @Inject private Accounts accounts;
  @Inject private Drafts drafts;
  @Inject private DecisionRecording recording;
  @Inject private AmendedText amendedText;

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
    return recording.record(
        amendmentId,
        decision,
        input.revisedText(),
        input.other(),
        input.version(),
        AmendmentDecision.Source.SECRETARIAT,
        accounts.callerName());
  }

  /** The draft as amended in {@code language} now (a published draft, unless the Secretariat). */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public TextAsAmendedView textAsAmended(long draftId, String language) {
    DraftResolution draft =
        drafts.readable(draftId, accounts.caller().getRole() == Role.SECRETARIAT);
    return amendedText.of(draft, DraftResolutions.language(language));
  }
}
