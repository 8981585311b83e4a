package org.ipu.assembly.amendments.rules;

import java.util.List;

/**
 * What an amendment does to the draft: change words of a paragraph (replace, delete or insert), add
 * a new paragraph after another, or delete a paragraph. Each names the paragraph by its id and the
 * version of the text it was written against, so that it never lands on the wrong words.
 */
public sealed interface Change {

  /** The paragraph changed, deleted, or after which a new one comes. */
  String paragraphId();

  /** The version of that paragraph's text the change was written against. */
  int version();

  /**
   * Words {@code from} (inclusive) to {@code to} (exclusive) of the paragraph, which read {@code
   * expected}, become {@code replacement}: a replacement when both are non-empty, a deletion when
   * the replacement is empty, an insertion at {@code from} when the range is empty.
   */
  record WordChange(
      String paragraphId,
      int version,
      int from,
      int to,
      List<String> expected,
      List<String> replacement)
      implements Change {

    public WordChange {
      expected = List.copyOf(expected);
      replacement = List.copyOf(replacement);
      if (from < 0 || to < from || expected.size() != to - from) {
        throw new IllegalArgumentException("the range and the expected words do not agree");
      }
    }

    public static WordChange replace(
        BaseParagraph paragraph, int from, int to, String replacement) {
      return new WordChange(
          paragraph.id(),
          paragraph.version(),
          from,
          to,
          paragraph.words().subList(from, to),
          Words.of(replacement));
    }

    public static WordChange insert(BaseParagraph paragraph, int at, String words) {
      return replace(paragraph, at, at, words);
    }

    public static WordChange delete(BaseParagraph paragraph, int from, int to) {
      return replace(paragraph, from, to, "");
    }

    public boolean isInsertion() {
      return from == to;
    }

    public boolean isDeletion() {
      return replacement.isEmpty();
    }
  }

  /** A new paragraph of {@code kind} after paragraph {@code paragraphId}. */
  record NewParagraph(String paragraphId, int version, ParagraphKind kind, List<String> words)
      implements Change {

    public NewParagraph {
      words = List.copyOf(words);
    }
  }

  /** The whole paragraph {@code paragraphId}, which read {@code expected}, deleted. */
  record ParagraphDeletion(String paragraphId, int version, List<String> expected)
      implements Change {

    public ParagraphDeletion {
      expected = List.copyOf(expected);
    }

    public static ParagraphDeletion of(BaseParagraph paragraph) {
      return new ParagraphDeletion(paragraph.id(), paragraph.version(), paragraph.words());
    }
  }
}
