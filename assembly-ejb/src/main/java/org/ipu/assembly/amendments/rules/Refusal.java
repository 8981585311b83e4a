package org.ipu.assembly.amendments.rules;

/**
 * Why a change does not apply to the current text, as a stable code:
 *
 * <ul>
 *   <li>{@code amendment.paragraph-missing}: no paragraph with that id (deleted meanwhile);
 *   <li>{@code amendment.paragraph-outdated}: written against an older version of the paragraph;
 *   <li>{@code amendment.range-outside}: the words named are not in the paragraph;
 *   <li>{@code amendment.words-differ}: the paragraph does not read there what the change expects;
 *   <li>{@code amendment.no-change}: nothing would change (empty insertion, same words);
 *   <li>{@code amendment.new-paragraph-empty}, {@code amendment.new-paragraph-kind}: a new
 *       paragraph with no words, or of a kind that cannot stand there.
 * </ul>
 */
public record Refusal(String code) {}
