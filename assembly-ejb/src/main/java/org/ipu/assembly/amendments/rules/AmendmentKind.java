package org.ipu.assembly.amendments.rules;

/** What an amendment does: change words of a paragraph, add a paragraph, delete one. */
public enum AmendmentKind {
  WORDS,
  NEW_PARAGRAPH,
  DELETE_PARAGRAPH;

  public static AmendmentKind of(Change change) {
    if (change instanceof Change.NewParagraph) {
      return NEW_PARAGRAPH;
    }
    return change instanceof Change.ParagraphDeletion ? DELETE_PARAGRAPH : WORDS;
  }
}
