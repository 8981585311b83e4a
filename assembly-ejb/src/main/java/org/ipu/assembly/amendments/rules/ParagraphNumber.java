package org.ipu.assembly.amendments.rules;

/**
 * Where a paragraph stands in the text as it is numbered today: the n-th preambular paragraph, the
 * n-th operative paragraph, or sub-paragraph {@code letter} of operative paragraph n. Derived from
 * the order of the paragraphs, never stored: the paragraph's identity is its id.
 */
public record ParagraphNumber(ParagraphKind kind, int number, String letter) {

  /** The citation the IPU uses: "PP3", "OP2", "OP2(b)". */
  public String citation() {
    return switch (kind) {
      case PREAMBULAR -> "PP" + number;
      case OPERATIVE -> "OP" + number;
      case SUB_PARAGRAPH -> "OP" + number + "(" + letter + ")";
    };
  }

  /** The mark printed before the paragraph's text: none, "2.", "(b)". */
  public String mark() {
    return switch (kind) {
      case PREAMBULAR -> "";
      case OPERATIVE -> number + ".";
      case SUB_PARAGRAPH -> "(" + letter + ")";
    };
  }
}
