package org.ipu.assembly.web.amendments;

import org.ipu.assembly.web.platform.i18n.Language;

/**
 * A paragraph's citation in the reader's language: "PP3" is the third preambular paragraph, "OP2"
 * and "OP2(a)" the second operative paragraph and its first sub-paragraph.
 */
public final class Citation {

  private Citation() {}

  public static String of(String citation, Language language) {
    if (citation == null || citation.length() < 3) {
      return language.text("amendments.cite.removed");
    }
    String part = citation.startsWith("PP") ? "PP" : "OP";
    return language.text("amendments.cite." + part, citation.substring(2));
  }
}
