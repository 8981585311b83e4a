package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a draft pasted as text (or read from a Word file, one paragraph a line) into paragraphs:
 * each non-empty line is a paragraph; "1." or "1)" starts an operative paragraph, "(a)" or "a)"
 * after an operative paragraph a sub-paragraph; lines before the first operative paragraph are
 * preambular, unnumbered lines after it operative. The numbers themselves are dropped: the draft
 * numbers its paragraphs from their order. The Secretariat corrects the result before publishing.
 */
public final class DraftSplitter {

  private static final Pattern OPERATIVE = Pattern.compile("^\\p{Nd}{1,3}\\s*[.)]\\s+(.*)$");
  private static final Pattern LETTERED =
      Pattern.compile("^\\(?([a-z]{1,2}|[ivx]{1,5})\\)\\s+(.*)$");

  private DraftSplitter() {}

  /** One paragraph found in the pasted text. */
  public record Split(ParagraphKind kind, String text) {}

  public static List<Split> split(String pasted) {
    List<Split> paragraphs = new ArrayList<>();
    if (pasted == null) {
      return paragraphs;
    }
    boolean operative = false;
    for (String line : pasted.split("\\R")) {
      String text = Words.normalise(line);
      if (text.isEmpty()) {
        continue;
      }
      Matcher numbered = OPERATIVE.matcher(text);
      Matcher lettered = LETTERED.matcher(text);
      if (numbered.matches()) {
        operative = true;
        paragraphs.add(new Split(ParagraphKind.OPERATIVE, numbered.group(1)));
      } else if (lettered.matches() && operative) {
        paragraphs.add(new Split(ParagraphKind.SUB_PARAGRAPH, lettered.group(2)));
      } else if (lettered.matches()) {
        paragraphs.add(new Split(ParagraphKind.PREAMBULAR, lettered.group(2)));
      } else {
        paragraphs.add(
            new Split(operative ? ParagraphKind.OPERATIVE : ParagraphKind.PREAMBULAR, text));
      }
    }
    return paragraphs;
  }
}
