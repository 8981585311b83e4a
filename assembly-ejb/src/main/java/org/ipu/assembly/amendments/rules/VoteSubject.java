package org.ipu.assembly.amendments.rules;

import java.util.List;

/**
 * What a committee vote on an amendment is about, in words, for the hall display and the tablets:
 * "Amendment 3 to <title>, OP2: replace “a” with “b”". A subject has at most {@link #MAX}
 * characters: a longer one is cut with an ellipsis.
 */
public final class VoteSubject {

  /** The longest subject a vote takes. */
  public static final int MAX = 500;

  private VoteSubject() {}

  /**
   * The subject of the vote on amendment {@code number} to the draft titled {@code title}, changing
   * paragraph {@code citation} ("PP3", "OP2"; empty when unknown), which read {@code base}, as
   * {@code change} does, in English.
   */
  public static String of(
      int number, String title, String citation, List<String> base, Change change) {
    String where = citation == null || citation.isBlank() ? "" : ", " + citation;
    String subject =
        "Amendment " + number + " to " + oneLine(title) + where + ": " + inWords(base, change);
    return subject.length() > MAX ? subject.substring(0, MAX - 1) + "…" : subject;
  }

  /** The change to a paragraph that read {@code base}, in words. */
  public static String inWords(List<String> base, Change change) {
    if (change instanceof Change.WordChange w) {
      if (w.isInsertion()) {
        return w.from() == 0 || w.from() > base.size()
            ? "insert " + quoted(w.replacement()) + " at the beginning"
            : "insert "
                + quoted(w.replacement())
                + " after "
                + quoted(base.subList(w.from() - 1, w.from()));
      }
      return w.isDeletion()
          ? "delete " + quoted(w.expected())
          : "replace " + quoted(w.expected()) + " with " + quoted(w.replacement());
    }
    if (change instanceof Change.NewParagraph p) {
      return "add a new paragraph after it: " + quoted(p.words());
    }
    return "delete the paragraph " + quoted(((Change.ParagraphDeletion) change).expected());
  }

  private static String quoted(List<String> words) {
    return "“" + Words.join(words) + "”";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }
}
