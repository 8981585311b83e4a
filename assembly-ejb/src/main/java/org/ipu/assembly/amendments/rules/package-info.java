/**
 * The amendments' rules in plain Java: paragraphs as words, the IPU numbering, applying a change to
 * the text (or the reason it does not apply), tracked changes, carrying an amendment across a
 * correction of the base text, conflicts, identical amendments, the voting order and the deadline.
 */
package org.ipu.assembly.amendments.rules;
