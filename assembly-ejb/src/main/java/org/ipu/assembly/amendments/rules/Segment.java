package org.ipu.assembly.amendments.rules;

import java.util.List;

/** A run of words in a tracked change: kept, struck out or inserted. */
public record Segment(Kind kind, List<String> words) {

  public enum Kind {
    KEPT,
    DELETED,
    INSERTED
  }

  public Segment {
    words = List.copyOf(words);
  }

  public String text() {
    return Words.join(words);
  }
}
