package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.rules.Change.WordChange;

/**
 * A word change shown the way the committee reads it: the paragraph with the words struck out and
 * the words inserted at their place.
 */
public final class TrackedChange {

  private TrackedChange() {}

  public static List<Segment> of(List<String> paragraph, WordChange change) {
    List<Segment> segments = new ArrayList<>();
    if (change.from() > 0) {
      segments.add(new Segment(Segment.Kind.KEPT, paragraph.subList(0, change.from())));
    }
    if (!change.expected().isEmpty()) {
      segments.add(new Segment(Segment.Kind.DELETED, change.expected()));
    }
    if (!change.replacement().isEmpty()) {
      segments.add(new Segment(Segment.Kind.INSERTED, change.replacement()));
    }
    if (change.to() < paragraph.size()) {
      segments.add(
          new Segment(Segment.Kind.KEPT, paragraph.subList(change.to(), paragraph.size())));
    }
    return segments;
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
