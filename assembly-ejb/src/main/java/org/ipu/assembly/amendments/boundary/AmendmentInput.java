package org.ipu.assembly.amendments.boundary;

import java.util.List;

/**
 * An amendment as its sponsor writes it.
 *
 * @param sponsor the parliament tabling it (a focal point: its own, the default)
 * @param language the language of the text it amends (en, fr, es, ar)
 * @param kind WORDS, NEW_PARAGRAPH or DELETE_PARAGRAPH
 * @param paragraph the paragraph's id (for a new paragraph: the one it follows)
 * @param revision the revision of the paragraph's text in that language it is written against
 * @param from first word changed, counted from 0 (WORDS)
 * @param to the word after the last one changed; equal to {@code from} to insert (WORDS)
 * @param original the words {@code from..to} as they read (WORDS), or the whole paragraph
 *     (DELETE_PARAGRAPH): a change is refused when the text no longer reads so
 * @param text the new words (WORDS; empty to delete words) or the new paragraph
 * @param newKind the kind of the new paragraph (NEW_PARAGRAPH)
 * @param coSponsors other parliaments named as co-sponsors (each confirms through its focal point)
 * @param version the amendment as read, to change one
 */
public record AmendmentInput(
    Long sponsor,
    String language,
    String kind,
    Long paragraph,
    Integer revision,
    Integer from,
    Integer to,
    String original,
    String text,
    String newKind,
    String justification,
    List<Long> coSponsors,
    Long version) {}
