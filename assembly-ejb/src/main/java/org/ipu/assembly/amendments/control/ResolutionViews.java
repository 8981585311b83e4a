package org.ipu.assembly.amendments.control;

import java.time.Instant;
import java.util.List;
import org.ipu.assembly.amendments.control.Views.ParliamentName;

/** What is read of a resolution: its committee's text, the plenary's decision, its record. */
public final class ResolutionViews {

  private ResolutionViews() {}

  /**
   * A resolution in one language.
   *
   * @param state COMMITTEE_TEXT, ADOPTED or REJECTED
   * @param how CONSENSUS or VOTE once the plenary decided (null before)
   * @param language the language of the text given (en, fr, es, ar)
   * @param languages the languages the committee's text exists in
   * @param voteId the plenary's vote, with its totals (null: no vote)
   * @param amendments every amendment tabled to the draft, with the decision on it
   * @param timeZone the Assembly's time zone, in which its dates are told
   * @param votePending a plenary vote on it is set up or open (told the Secretariat only)
   */
  public record ResolutionView(
      long id,
      long version,
      long draftId,
      String committee,
      int assembly,
      String state,
      String how,
      String language,
      List<String> languages,
      String title,
      List<ResolutionParagraphView> paragraphs,
      Instant committeeAdoptedAt,
      Instant decidedAt,
      Long voteId,
      Integer yes,
      Integer no,
      Integer abstain,
      List<AmendmentRecord> amendments,
      String timeZone,
      boolean votePending) {}

  /** A paragraph of the committee's text: its kind, citation (PP1, OP2(a)), mark (2.) and text. */
  public record ResolutionParagraphView(String kind, String citation, String mark, String text) {}

  /**
   * An amendment and what became of it.
   *
   * @param decision ADOPTED, ADOPTED_AS_REVISED, REJECTED, WITHDRAWN, MERGED or FELL
   * @param other the amendment merged into or that made it fall (null otherwise)
   * @param source who recorded the decision (SECRETARIAT, or the committee's vote)
   */
  public record AmendmentRecord(
      int number,
      ParliamentName sponsor,
      String citation,
      String decision,
      String revisedText,
      Integer other,
      String source) {}

  /** An adopted resolution in a list: its title in the language asked for, and when. */
  public record ResolutionSummary(
      long id,
      long draftId,
      String committee,
      String title,
      String how,
      Instant decidedAt,
      String timeZone) {}
}
