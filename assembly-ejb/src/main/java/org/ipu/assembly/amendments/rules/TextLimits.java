package org.ipu.assembly.amendments.rules;

import java.util.regex.Pattern;

/**
 * The bounds of what a draft and an amendment may hold, with the code of each refusal. Text is
 * plain text: it is stored and shown as written, never read as markup; control characters (a
 * paragraph is one line) and the invisible characters that turn the direction of text around are
 * refused.
 */
public final class TextLimits {

  public static final int TITLE = 300;
  public static final int PARAGRAPH = 4000;
  public static final int PARAGRAPHS = 200;
  public static final int JUSTIFICATION = 4000;
  public static final int PASTED = PARAGRAPH * PARAGRAPHS;

  private static final Pattern PLAIN = Pattern.compile("[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*");

  private TextLimits() {}

  /** Why {@code text} cannot be a {@code what} (a code prefix) of at most {@code max}, or null. */
  public static String problem(String what, String text, int max, boolean required) {
    if (text == null || text.isBlank()) {
      return required ? what + ".empty" : null;
    }
    if (text.length() > max) {
      return what + ".too-long";
    }
    if (!PLAIN.matcher(text).matches()) {
      return what + ".not-plain";
    }
    return null;
  }

  /** As {@link #problem} but line breaks and tabs allowed (a justification, pasted text). */
  public static String problemMultiline(String what, String text, int max, boolean required) {
    return problem(what, text == null ? null : text.replaceAll("[\\r\\n\\t]", " "), max, required);
  }
}
