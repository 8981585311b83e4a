package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;

/**
 * Carries an amendment across a correction of the base text. When the Secretariat corrects a
 * paragraph, an amendment whose words the correction did not touch moves with its words to the new
 * version; one whose words (or, for an insertion, the words on either side) were changed is never
 * moved by guess: it needs review, with the correction shown.
 */
public final class Rebasing {

  private Rebasing() {}

  /** The change on the corrected text, or the correction that touched it. */
  public sealed interface Rebased {}

  /** The change, moved to the corrected version of the paragraph. */
  public record Kept(Change change) implements Rebased {}

  /** The correction touched the words of the change: the difference between the two texts. */
  public record Touched(List<Segment> correction) implements Rebased {
    public Touched {
      correction = List.copyOf(correction);
    }
  }

  /**
   * {@code change} was written against {@code before}; the paragraph now reads {@code after} at
   * {@code version}.
   */
  public static Rebased rebase(
      List<String> before, List<String> after, int version, Change change) {
    List<Segment> diff = WordDiff.between(before, after);
    List<Hunk> hunks = hunks(diff);
    if (change instanceof NewParagraph added) {
      return new Kept(new NewParagraph(added.paragraphId(), version, added.kind(), added.words()));
    }
    if (change instanceof ParagraphDeletion deletion) {
      return hunks.isEmpty()
          ? new Kept(new ParagraphDeletion(deletion.paragraphId(), version, after))
          : new Touched(diff);
    }
    WordChange words = (WordChange) change;
    int shift = 0;
    for (Hunk hunk : hunks) {
      if (touches(hunk, words.from(), words.to())) {
        return new Touched(diff);
      }
      if (hunk.oldTo <= words.from()) {
        shift += hunk.added - (hunk.oldTo - hunk.oldFrom);
      }
    }
    return new Kept(
        new WordChange(
            words.paragraphId(),
            version,
            words.from() + shift,
            words.to() + shift,
            words.expected(),
            words.replacement()));
  }

  /** Whether a correction's hunk touches the words {@code from}..{@code to} of a change. */
  private static boolean touches(Hunk hunk, int from, int to) {
    if (from == to) {
      // an insertion: its place is between word from-1 and word from
      // an insertion: touched when a word on either side of its place changed, or when the
      // correction inserted words at the same place
      if (hunk.oldFrom == hunk.oldTo) {
        return hunk.oldFrom == from;
      }
      return hunk.oldFrom <= from && hunk.oldTo >= from;
    }
    if (hunk.oldFrom == hunk.oldTo) {
      return hunk.oldFrom > from && hunk.oldFrom < to;
    }
    return hunk.oldFrom < to && hunk.oldTo > from;
  }

  /** A place where the correction removed words {@code oldFrom..oldTo} and added {@code added}. */
  private record Hunk(int oldFrom, int oldTo, int added) {}

  private static List<Hunk> hunks(List<Segment> diff) {
    List<Hunk> hunks = new ArrayList<>();
    int position = 0;
    int start = -1;
    int added = 0;
    for (Segment segment : diff) {
      switch (segment.kind()) {
        case KEPT -> {
          if (start >= 0) {
            hunks.add(new Hunk(start, position, added));
            start = -1;
            added = 0;
          }
          position += segment.words().size();
        }
        case DELETED -> {
          if (start < 0) {
            start = position;
          }
          position += segment.words().size();
        }
        case INSERTED -> {
          if (start < 0) {
            start = position;
          }
          added += segment.words().size();
        }
      }
    }
    if (start >= 0) {
      hunks.add(new Hunk(start, position, added));
    }
    return hunks;
  }
}
