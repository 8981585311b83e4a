package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipu.assembly.amendments.rules.Change.WordChange;

/**
 * A word change shown the way the committee reads it: the paragraph with the words struck out and
 * the words inserted at their place; several changes to one paragraph at once (the text as
 * amended).
 */
public final class TrackedChange {

  private TrackedChange() {}

  public static List<Segment> of(List<String> paragraph, WordChange change) {
    return of(paragraph, List.of(change));
  }

  /**
   * Several word changes to one paragraph, none touching the words of another, each in its place
   * (an insertion where a replacement starts comes before it, as {@link Amending} applies them).
   */
  public static List<Segment> of(List<String> paragraph, List<WordChange> changes) {
    List<WordChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparingInt(WordChange::from).thenComparingInt(WordChange::to));
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (WordChange change : sorted) {
      add(segments, Segment.Kind.KEPT, paragraph.subList(at, change.from()));
      add(segments, Segment.Kind.DELETED, change.expected());
      add(segments, Segment.Kind.INSERTED, change.replacement());
      at = change.to();
    }
    add(segments, Segment.Kind.KEPT, paragraph.subList(at, paragraph.size()));
    return segments;
  }

  /** Adds a run of words, joined to the last run when it is of the same kind. */
  private static void add(List<Segment> segments, Segment.Kind kind, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      List<String> joined = new ArrayList<>(segments.get(last).words());
      joined.addAll(words);
      segments.set(last, new Segment(kind, joined));
    } else {
      segments.add(new Segment(kind, words));
    }
  }

  /** The text before the change, read back from its segments. */
  public static List<String> before(List<Segment> segments) {
    return collect(segments, Segment.Kind.INSERTED);
  }

  /** The text after the change, read back from its segments. */
  public static List<String> after(List<Segment> segments) {
    return collect(segments, Segment.Kind.DELETED);
  }

  private static List<String> collect(List<Segment> segments, Segment.Kind skipped) {
    List<String> words = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment.kind() != skipped) {
        words.addAll(segment.words());
      }
    }
    return words;
  }
}
