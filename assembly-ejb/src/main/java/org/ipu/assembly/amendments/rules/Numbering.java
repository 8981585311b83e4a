package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The IPU numbering of a draft's paragraphs in their order: preambular paragraphs counted 1, 2, ...
 * (cited PP1, PP2), operative paragraphs 1., 2., ..., sub-paragraphs (a), (b), ... restarting under
 * each operative paragraph (after z: aa, bb, ...).
 */
public final class Numbering {

  private Numbering() {}

  public static List<ParagraphNumber> of(List<ParagraphKind> kinds) {
    List<ParagraphNumber> numbers = new ArrayList<>(kinds.size());
    int preambular = 0;
    int operative = 0;
    int sub = 0;
    for (ParagraphKind kind : kinds) {
      switch (kind) {
        case PREAMBULAR -> numbers.add(new ParagraphNumber(kind, ++preambular, ""));
        case OPERATIVE -> {
          sub = 0;
          numbers.add(new ParagraphNumber(kind, ++operative, ""));
        }
        case SUB_PARAGRAPH -> numbers.add(new ParagraphNumber(kind, operative, letter(++sub)));
      }
    }
    return numbers;
  }

  /** Whether paragraphs of these kinds, in this order, make a resolution. */
  public static String problem(List<ParagraphKind> kinds) {
    boolean operativeSeen = false;
    for (ParagraphKind kind : kinds) {
      switch (kind) {
        case PREAMBULAR -> {
          if (operativeSeen) {
            return "draft.preamble-after-operative";
          }
        }
        case OPERATIVE -> operativeSeen = true;
        case SUB_PARAGRAPH -> {
          if (!operativeSeen) {
            return "draft.sub-paragraph-first";
          }
        }
      }
    }
    return null;
  }

  static String letter(int n) {
    char c = (char) ('a' + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }
}
