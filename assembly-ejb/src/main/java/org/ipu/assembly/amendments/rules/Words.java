package org.ipu.assembly.amendments.rules;

import java.util.List;

/**
 * A paragraph as the amendments see it: a list of words, split on white space, punctuation staying
 * with its word. Amendments point at words by position ({@code from} inclusive, {@code to}
 * exclusive), so a paragraph's text is kept with single spaces between its words.
 */
public final class Words {

  private Words() {}

  public static List<String> of(String text) {
    if (text == null) {
      return List.of();
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }

  public static String join(List<String> words) {
    return String.join(" ", words);
  }

  /** The text with its white space made single spaces, as a paragraph keeps it. */
  public static String normalise(String text) {
    return join(of(text));
  }
}
