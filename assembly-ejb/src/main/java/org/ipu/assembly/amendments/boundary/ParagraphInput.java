package org.ipu.assembly.amendments.boundary;

/**
 * A paragraph as the Secretariat writes or corrects it: its kind and its text in each language
 * (English and French required; Spanish and Arabic blank: none). {@code version}: the paragraph as
 * read, to correct one; {@code after}: the paragraph a new one follows (null: first).
 */
public record ParagraphInput(
    Long version, Long after, String kind, String en, String fr, String es, String ar) {}
