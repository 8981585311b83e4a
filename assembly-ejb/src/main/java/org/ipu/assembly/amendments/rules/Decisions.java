package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;

/**
 * The rules of a decision on an amendment. An amendment orally revised keeps its place (the same
 * words, or the same new paragraph's place) and takes the revised words; a deletion of a paragraph
 * cannot be revised. A merged amendment names the other amendment it was merged into; a fallen one
 * names the adopted amendment that made it impossible, one that conflicts with it (the same words,
 * the same place, or its paragraph deleted). The committee adopts an amendment; the amendments not
 * yet decided that conflict with it are proposed to fall.
 */
public final class Decisions {

  private Decisions() {}

  /**
   * Why {@code decision} cannot be recorded on an amendment making {@code change}, with {@code
   * revised} words (orally revised only) and another amendment named or not; null when it can.
   */
  public static String problem(
      Decision decision, Change change, List<String> revised, boolean namesAnother) {
    if (decision == null) {
      return "amendment.decision.invalid";
    }
    if (decision == Decision.ADOPTED_AS_REVISED) {
      if (change instanceof ParagraphDeletion) {
        return "amendment.decision.revision-impossible";
      }
      if (revised.isEmpty() && change instanceof NewParagraph) {
        return "amendment.new-paragraph-empty";
      }
      if (revised.equals(replacement(change))) {
        return "amendment.decision.revision-same";
      }
      if (change instanceof WordChange words && revised.equals(words.expected())) {
        return "amendment.no-change";
      }
    } else if (!revised.isEmpty()) {
      return "amendment.decision.revision-unexpected";
    }
    if (decision.namesAnother() != namesAnother) {
      return decision.namesAnother()
          ? "amendment.decision.other-required"
          : "amendment.decision.other-unexpected";
    }
    return null;
  }

  /**
   * Why {@code amendment} cannot fall because of {@code adopted}, or merge into {@code other}
   * (whose own decision is {@code otherDecision}, null when none yet); null when it can.
   */
  public static String otherProblem(
      Decision decision, Tabled amendment, Tabled other, Decision otherDecision) {
    if (other.id() == amendment.id()) {
      return "amendment.decision.other-itself";
    }
    if (decision == Decision.FELL) {
      if (otherDecision == null || !otherDecision.adopted()) {
        return "amendment.decision.fell-not-adopted";
      }
      if (!Conflicts.conflict(amendment, other)) {
        return "amendment.decision.fell-no-conflict";
      }
    }
    if (decision == Decision.MERGED && otherDecision == Decision.MERGED) {
      return "amendment.decision.merged-into-merged";
    }
    return null;
  }

  /** The change as the committee adopted it: orally revised, the revised words in its place. */
  public static Change revised(Change change, List<String> revised) {
    if (change instanceof WordChange words) {
      return new WordChange(
          words.paragraphId(),
          words.version(),
          words.from(),
          words.to(),
          words.expected(),
          revised);
    }
    if (change instanceof NewParagraph added) {
      return new NewParagraph(added.paragraphId(), added.version(), added.kind(), revised);
    }
    throw new IllegalArgumentException("a deletion of a paragraph is not revised");
  }

  /**
   * The amendments among {@code undecided} that fall if {@code adopted} is adopted: those that
   * conflict with it (identical ones are adopted with it, not fallen), by id.
   */
  public static List<Long> proposedToFall(Tabled adopted, Collection<Tabled> undecided) {
    List<Long> fall = new ArrayList<>();
    for (Tabled other : undecided) {
      if (Conflicts.conflict(adopted, other)) {
        fall.add(other.id());
      }
    }
    fall.sort(Long::compare);
    return fall;
  }

  private static List<String> replacement(Change change) {
    if (change instanceof WordChange words) {
      return words.replacement();
    }
    if (change instanceof NewParagraph added) {
      return added.words();
    }
    return List.of();
  }
}
