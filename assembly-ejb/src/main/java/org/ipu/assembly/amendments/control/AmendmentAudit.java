package org.ipu.assembly.amendments.control;

import java.util.List;
import org.ipu.assembly.platform.audit.AuditKind;
import org.ipu.assembly.platform.audit.AuditSubject;

/**
 * The audit entries of a draft resolution and its amendments, on the draft's chain {@code
 * draft:<id>}: who did what and when is the trail's; the payload says what.
 */
public final class AmendmentAudit {

  /** The Secretariat created the draft with so many paragraphs. */
  public record DraftCreated(String committee, int paragraphs) {}

  /** The draft was published for amendments, or its description (titles, deadline) changed. */
  public record DraftChanged(String change, int edition, String deadline) {}

  /**
   * A paragraph was corrected, added or removed ({@code change}); amendments carried to the new
   * text and those marked for review (their numbers).
   */
  public record ParagraphChanged(
      long paragraphId,
      String change,
      List<String> languages,
      List<Integer> carried,
      List<Integer> needReview) {}

  /**
   * An amendment was tabled, changed or withdrawn ({@code change}); {@code late}: by the
   * Secretariat after the deadline.
   */
  public record AmendmentChanged(
      int number, long amendmentId, long sponsorId, String change, boolean late) {}

  /** A parliament confirmed, or declined, co-sponsoring an amendment. */
  public record CoSponsorship(int number, long parliamentId, boolean confirmed) {}

  /** The presiding officer chose the voting order (amendment numbers; empty: the proposed one). */
  public record VotingOrderChosen(List<Integer> order) {}

  /**
   * A decision on an amendment was recorded ({@code previous}: the decision it replaced, null when
   * the first); {@code revised} as orally revised, {@code other} the amendment merged into or
   * adopted (numbers).
   */
  public record DecisionRecorded(
      int number,
      long amendmentId,
      String decision,
      String previous,
      String revised,
      Integer other,
      String source) {}

  /** A focal point authorised a delegate to table its parliament's amendments, or took it back. */
  public record DelegateAuthorised(long accountId, boolean authorised) {}

  /**
   * The committee adopted its text (the languages it was stored in), or the plenary decided on it
   * ({@code state} ADOPTED or REJECTED, {@code how} CONSENSUS or VOTE, with the vote's id).
   */
  public record ResolutionDecided(
      long resolutionId, String state, String how, List<String> languages, Long voteId) {}

  public static final AuditKind<ResolutionDecided> RESOLUTION =
      AuditKind.of("resolution.decided", ResolutionDecided.class);

  public static final AuditKind<DelegateAuthorised> DELEGATE =
      AuditKind.of("amendment.delegate", DelegateAuthorised.class);

  public static final AuditKind<DecisionRecorded> DECISION =
      AuditKind.of("amendment.decision", DecisionRecorded.class);

  public static final AuditKind<DraftCreated> DRAFT_CREATED =
      AuditKind.of("draft.created", DraftCreated.class);
  public static final AuditKind<DraftChanged> DRAFT_CHANGED =
      AuditKind.of("draft.changed", DraftChanged.class);
  public static final AuditKind<ParagraphChanged> PARAGRAPH_CHANGED =
      AuditKind.of("draft.paragraph", ParagraphChanged.class);
  public static final AuditKind<AmendmentChanged> AMENDMENT =
      AuditKind.of("amendment.changed", AmendmentChanged.class);
  public static final AuditKind<AmendmentChanged> LATE_AMENDMENT =
      AuditKind.of("amendment.late", AmendmentChanged.class);
  public static final AuditKind<CoSponsorship> CO_SPONSORSHIP =
      AuditKind.of("amendment.co-sponsorship", CoSponsorship.class);
  public static final AuditKind<VotingOrderChosen> VOTING_ORDER =
      AuditKind.of("amendment.voting-order", VotingOrderChosen.class);

  private AmendmentAudit() {}

  public static AuditSubject subject(long draftId) {
    return AuditSubject.of("draft", draftId);
  }
}
