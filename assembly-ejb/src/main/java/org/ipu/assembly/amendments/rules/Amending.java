package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;

/**
 * Applies a change to the current text of a draft (one language), or says why it does not apply. A
 * change applies only to the version of the paragraph it was written against and only where the
 * paragraph reads what it expects: a change never lands on other words than its author saw.
 */
public final class Amending {

  /** The id the new paragraph of a {@link NewParagraph} takes in the text it is applied to. */
  public static final String NEW_PARAGRAPH_SUFFIX = "+";

  private Amending() {}

  /** Why {@code change} does not apply to {@code draft}, or null when it does. */
  public static Refusal check(List<BaseParagraph> draft, Change change) {
    Outcome outcome = apply(draft, change);
    return outcome instanceof Outcome.Refused refused ? refused.refusal() : null;
  }

  public static Outcome apply(List<BaseParagraph> draft, Change change) {
    int index = indexOf(draft, change.paragraphId());
    if (index < 0) {
      return Outcome.refused("amendment.paragraph-missing");
    }
    BaseParagraph target = draft.get(index);
    if (target.version() != change.version()) {
      return Outcome.refused("amendment.paragraph-outdated");
    }
    List<BaseParagraph> result = new ArrayList<>(draft);
    if (change instanceof WordChange words) {
      String problem = problem(target, words);
      if (problem != null) {
        return Outcome.refused(problem);
      }
      result.set(index, changed(target, List.of(words)));
      return new Outcome.Applied(result);
    }
    if (change instanceof NewParagraph added) {
      if (added.words().isEmpty()) {
        return Outcome.refused("amendment.new-paragraph-empty");
      }
      int at = index + 1;
      if (added.kind() != ParagraphKind.SUB_PARAGRAPH) {
        // a new preambular or operative paragraph comes after the sub-paragraphs of its anchor
        while (at < result.size() && result.get(at).kind() == ParagraphKind.SUB_PARAGRAPH) {
          at++;
        }
      }
      result.add(
          at,
          new BaseParagraph(
              added.paragraphId() + NEW_PARAGRAPH_SUFFIX, added.kind(), 1, added.words()));
      if (Numbering.problem(result.stream().map(BaseParagraph::kind).toList()) != null) {
        return Outcome.refused("amendment.new-paragraph-kind");
      }
      return new Outcome.Applied(result);
    }
    ParagraphDeletion deletion = (ParagraphDeletion) change;
    if (!deletion.expected().equals(target.words())) {
      return Outcome.refused("amendment.words-differ");
    }
    result.remove(index);
    if (target.kind() == ParagraphKind.OPERATIVE) {
      while (index < result.size() && result.get(index).kind() == ParagraphKind.SUB_PARAGRAPH) {
        result.remove(index);
      }
    }
    return new Outcome.Applied(result);
  }

  /**
   * Several word changes to one paragraph at once (as the text would read if the committee adopted
   * them all); refused when one does not apply or two touch the same words.
   */
  public static Outcome applyAll(BaseParagraph paragraph, List<WordChange> changes) {
    for (WordChange change : changes) {
      if (!change.paragraphId().equals(paragraph.id())) {
        return Outcome.refused("amendment.paragraph-missing");
      }
      if (change.version() != paragraph.version()) {
        return Outcome.refused("amendment.paragraph-outdated");
      }
      String problem = problem(paragraph, change);
      if (problem != null) {
        return Outcome.refused(problem);
      }
    }
    for (int i = 0; i < changes.size(); i++) {
      for (int j = i + 1; j < changes.size(); j++) {
        if (Conflicts.overlap(changes.get(i), changes.get(j))) {
          return Outcome.refused("amendment.conflict");
        }
      }
    }
    return new Outcome.Applied(List.of(changed(paragraph, changes)));
  }

  /** Why a word change does not apply to the paragraph's words, or null. */
  static String problem(BaseParagraph paragraph, WordChange change) {
    List<String> words = paragraph.words();
    if (change.to() > words.size()) {
      return "amendment.range-outside";
    }
    if (!words.subList(change.from(), change.to()).equals(change.expected())) {
      return "amendment.words-differ";
    }
    if (change.expected().equals(change.replacement())) {
      return "amendment.no-change";
    }
    return null;
  }

  private static BaseParagraph changed(BaseParagraph paragraph, List<WordChange> changes) {
    List<String> words = new ArrayList<>(paragraph.words());
    List<WordChange> fromTheEnd = new ArrayList<>(changes);
    // from the end, so that earlier positions stay valid; an insertion at the end of a
    // replaced range goes after the replacement
    fromTheEnd.sort(
        Comparator.comparingInt(WordChange::from).thenComparingInt(WordChange::to).reversed());
    for (WordChange change : fromTheEnd) {
      words.subList(change.from(), change.to()).clear();
      words.addAll(change.from(), change.replacement());
    }
    return new BaseParagraph(paragraph.id(), paragraph.kind(), paragraph.version(), words);
  }

  static int indexOf(List<BaseParagraph> draft, String id) {
    for (int i = 0; i < draft.size(); i++) {
      if (draft.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
