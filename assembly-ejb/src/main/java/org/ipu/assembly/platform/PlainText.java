package org.ipu.assembly.platform;

import java.util.regex.Pattern;

/**
 * A name, subject or reason is plain text: no control characters (line breaks, escapes) and none of
 * the invisible characters that turn the direction of the text around it (the bidirectional
 * embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069), with which a name could show
 * in a list, a badge or a PDF as something else than it is. Arabic, Hebrew and any other script is
 * plain text: the screens isolate each value's direction themselves.
 */
public final class PlainText {

  /** The same rule for Bean Validation's {@code @Pattern}. */
  public static final String REGEX = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*";

  private static final Pattern PLAIN = Pattern.compile(REGEX);

  private PlainText() {}

  public static boolean isPlain(String text) {
    return text != null && PLAIN.matcher(text).matches();
  }
}
