package org.ipu.assembly.amendments.rules;

import java.util.List;

/**
 * One paragraph of a draft in one language: its stable id, its kind, the version of its text
 * (raised by each correction) and its words.
 */
public record BaseParagraph(String id, ParagraphKind kind, int version, List<String> words) {

  public BaseParagraph {
    words = List.copyOf(words);
  }

  public static BaseParagraph of(String id, ParagraphKind kind, int version, String text) {
    return new BaseParagraph(id, kind, version, Words.of(text));
  }

  public String text() {
    return Words.join(words);
  }
}
