package org.ipu.assembly.amendments.rules;

import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;

/**
 * Which amendments the committee cannot adopt together and which say the same thing. Two amendments
 * conflict when they touch the same words of the same language version of a paragraph (two
 * insertions at the same place included), or when one deletes a paragraph that the other changes.
 * Identical amendments (same change to the same words) are grouped, not in conflict.
 */
public final class Conflicts {

  private Conflicts() {}

  /** One amendment as the consolidated list sees it. */
  public record Tabled(long id, String language, Change change) {}

  public static boolean identical(Tabled a, Tabled b) {
    return a.language().equals(b.language()) && a.change().equals(b.change());
  }

  public static boolean conflict(Tabled a, Tabled b) {
    if (a.id() == b.id()
        || identical(a, b)
        || !a.change().paragraphId().equals(b.change().paragraphId())) {
      return false;
    }
    if (a.change() instanceof NewParagraph || b.change() instanceof NewParagraph) {
      return false;
    }
    if (a.change() instanceof ParagraphDeletion || b.change() instanceof ParagraphDeletion) {
      return true;
    }
    return a.language().equals(b.language())
        && overlap((WordChange) a.change(), (WordChange) b.change());
  }

  /** Whether two word changes to the same paragraph touch the same words or the same place. */
  public static boolean overlap(WordChange a, WordChange b) {
    if (a.isInsertion() && b.isInsertion()) {
      return a.from() == b.from();
    }
    if (a.isInsertion()) {
      return a.from() > b.from() && a.from() < b.to();
    }
    if (b.isInsertion()) {
      return b.from() > a.from() && b.from() < a.to();
    }
    return a.from() < b.to() && b.from() < a.to();
  }
}
