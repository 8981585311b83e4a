package org.ipu.assembly.amendments.control;

import java.time.Instant;
import java.util.List;

/** What the amendments' boundaries hand out, as JSON-B serialises it. */
public final class Views {

  private Views() {}

  /**
   * A draft resolution.
   *
   * @param title the title in the language asked for (English when it has none in it)
   * @param deadlineLocal the deadline as announced, in its time zone (ISO, with offset)
   * @param open whether Member Parliaments may still table and change amendments
   * @param state DRAFT (only the Secretariat sees it) or PUBLISHED
   * @param edition raised by each correction of the published text
   */
  public record DraftView(
      long id,
      long version,
      String committee,
      String title,
      String titleEn,
      String titleFr,
      String titleEs,
      String titleAr,
      String coRapporteurs,
      Instant deadline,
      String timeZone,
      String deadlineLocal,
      boolean open,
      String state,
      int edition,
      int amendments,
      List<ParagraphView> paragraphs) {}

  /**
   * A paragraph: its id (its identity), its citation (PP2, OP3(a)) and mark as numbered today, its
   * text and revision in each language (Spanish and Arabic may have none).
   */
  public record ParagraphView(
      long id,
      long version,
      String kind,
      String citation,
      String mark,
      String en,
      String fr,
      String es,
      String ar,
      int revisionEn,
      int revisionFr,
      int revisionEs,
      int revisionAr) {}

  /** A parliament, named in the language asked for. */
  public record ParliamentName(long id, String countryCode, String name) {}

  /** A co-sponsor named by the sponsor, and whether its focal point confirmed. */
  public record CoSponsorView(long id, String countryCode, String name, boolean confirmed) {}

  /** A run of words of a tracked change: KEPT, DELETED or INSERTED. */
  public record SegmentView(String kind, String text) {}

  /**
   * An amendment.
   *
   * @param citation the paragraph's citation today (empty when the paragraph was removed)
   * @param revision the revision of the paragraph's text it is written against
   * @param from first word changed (WORDS), counted from 0
   * @param to word after the last changed (WORDS; equal to from for an insertion)
   * @param original the words changed, as they read
   * @param text the new words (WORDS, NEW_PARAGRAPH)
   * @param trackedChange the paragraph with the change, as struck-out and inserted words
   * @param correction when it needs review: the correction of the base text since it was written
   * @param tabledBy who entered it (for the Secretariat only; null otherwise)
   */
  public record AmendmentView(
      long id,
      long version,
      long draftId,
      int number,
      ParliamentName sponsor,
      List<CoSponsorView> coSponsors,
      String language,
      String kind,
      long paragraphId,
      String citation,
      int revision,
      int from,
      int to,
      String original,
      String text,
      String newKind,
      String justification,
      String state,
      boolean late,
      boolean needsReview,
      List<SegmentView> trackedChange,
      List<SegmentView> correction,
      Instant tabledAt,
      String tabledBy) {}

  /**
   * An amendment in the consolidated list: its place in the voting order (from 1), the numbers of
   * the amendments it conflicts with and of those identical to it.
   */
  public record ListedAmendment(
      AmendmentView amendment,
      int votingPosition,
      List<Integer> conflicts,
      List<Integer> identical,
      DecisionView decision,
      List<Integer> fallsBecauseOf) {}

  /** A paragraph of the draft with the amendments to it (new paragraphs after it included). */
  public record ListedParagraph(
      long paragraphId,
      String kind,
      String citation,
      String mark,
      String text,
      List<ListedAmendment> amendments) {}

  /**
   * The committee's consolidated list: every amendment tabled, in document order, grouped by
   * paragraph; the voting order (amendment numbers), proposed or as the presiding officer chose.
   */
  public record ConsolidatedList(
      DraftView draft,
      String language,
      int amendments,
      List<ListedParagraph> paragraphs,
      List<ListedAmendment> removedParagraphs,
      List<Integer> votingOrder,
      boolean votingOrderChosen) {}

  /**
   * The committee's decision on an amendment.
   *
   * @param decision ADOPTED, ADOPTED_AS_REVISED, REJECTED, WITHDRAWN, MERGED or FELL
   * @param revisedText the text as orally revised (null otherwise)
   * @param other the number of the amendment merged into, or of the adopted one that made this one
   *     fall (null otherwise)
   * @param proposedToFall when adopted: the amendments not yet decided that it makes impossible
   */
  public record DecisionView(
      long amendmentId,
      int number,
      long version,
      String decision,
      String revisedText,
      Integer other,
      String source,
      Instant decidedAt,
      String decidedBy,
      List<Integer> proposedToFall) {}

  /**
   * A paragraph of the text as amended.
   *
   * @param state UNCHANGED, AMENDED, ADDED or DELETED
   * @param citation its citation in the text as amended (empty when deleted)
   * @param text the clean text (empty when deleted)
   * @param segments the tracked changes: KEPT, DELETED and INSERTED runs
   * @param amendments the numbers of the adopted amendments that changed it
   */
  public record AmendedParagraphView(
      String id,
      String kind,
      String state,
      String citation,
      String mark,
      String text,
      List<SegmentView> segments,
      List<Integer> amendments) {}

  /**
   * The draft as amended in a language, generated from the decisions recorded; or, when {@code
   * blocked} names a code, why not and which amendments (no paragraphs then).
   *
   * @param adopted the numbers of the adopted amendments
   * @param blocked null, or amendment.text.conflict / outdated / numbering
   * @param blocking the amendments blocking it: pairs in conflict, or single ones
   */
  public record TextAsAmendedView(
      long draftId,
      String title,
      String language,
      List<Integer> adopted,
      String blocked,
      List<List<Integer>> blocking,
      List<AmendedParagraphView> paragraphs) {}
}
