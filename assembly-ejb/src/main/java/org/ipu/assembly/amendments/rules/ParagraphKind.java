package org.ipu.assembly.amendments.rules;

/**
 * The three kinds of paragraph of an IPU resolution: preambular paragraphs (unnumbered in the text,
 * cited by their position), operative paragraphs (1., 2., ...) and the sub-paragraphs of an
 * operative paragraph ((a), (b), ...).
 */
public enum ParagraphKind {
  PREAMBULAR,
  OPERATIVE,
  SUB_PARAGRAPH
}
