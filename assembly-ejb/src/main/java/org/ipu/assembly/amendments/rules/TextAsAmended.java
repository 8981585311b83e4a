package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;

/**
 * The draft as amended, in one language: every adopted amendment applied (orally revised ones with
 * their revised words), as tracked changes and as clean text; the other decisions change nothing.
 * The result depends only on the draft and the decisions, never on the order they are given in:
 * changes to a paragraph go in word order, new paragraphs after the same paragraph in the order of
 * their numbers. Generation is blocked, naming the amendments, while two adopted amendments
 * conflict (the same words, the same place, or a paragraph deleted that another changes), while an
 * adopted amendment no longer applies to the text (the paragraph was corrected since), or when new
 * paragraphs would not make a resolution. Word changes and new paragraphs apply to the language
 * they are written in; a paragraph deleted in one language is deleted in all.
 */
public final class TextAsAmended {

  private TextAsAmended() {}

  /** An amendment and its decision (null while undecided); {@code revised} when orally revised. */
  public record Decided(int number, Tabled tabled, Decision decision, List<String> revised) {
    public Decided {
      revised = revised == null ? List.of() : List.copyOf(revised);
    }

    /** The change as adopted: the revised words in place of the tabled ones when so revised. */
    public Change adoptedChange() {
      return decision == Decision.ADOPTED_AS_REVISED
          ? Decisions.revised(tabled.change(), revised)
          : tabled.change();
    }
  }

  /** What happened to a paragraph of the draft, or that it is new. */
  public enum State {
    UNCHANGED,
    AMENDED,
    ADDED,
    DELETED
  }

  /**
   * A paragraph of the text as amended: its id (a new one's is its anchor's id, "+" and the
   * amendment's number), its kind, its number in the amended text (null when deleted), its words as
   * tracked changes and the numbers of the amendments that changed it.
   */
  public record Paragraph(
      String id,
      ParagraphKind kind,
      State state,
      ParagraphNumber number,
      List<Segment> segments,
      List<Integer> amendments) {

    public Paragraph {
      segments = List.copyOf(segments);
      amendments = List.copyOf(amendments);
    }

    /** The paragraph as it reads once amended (empty when deleted). */
    public List<String> clean() {
      return TrackedChange.after(segments);
    }

    /** The paragraph as the draft had it (empty when new). */
    public List<String> original() {
      return TrackedChange.before(segments);
    }
  }

  /** The text as amended, or why it cannot be generated. */
  public sealed interface Result {}

  public record Generated(List<Paragraph> paragraphs) implements Result {
    public Generated {
      paragraphs = List.copyOf(paragraphs);
    }

    /** The clean text, one paragraph a line (deleted ones left out). */
    public List<String> clean() {
      return paragraphs.stream()
          .filter(p -> p.state() != State.DELETED)
          .map(p -> Words.join(p.clean()))
          .toList();
    }
  }

  /**
   * Generation blocked: {@code amendment.text.conflict} (pairs of adopted amendments in conflict),
   * {@code amendment.text.outdated} (adopted amendments that no longer apply, one a group) or
   * {@code amendment.text.numbering} (the new paragraphs that would not stand where they go).
   */
  public record Blocked(String code, List<List<Integer>> amendments) implements Result {
    public Blocked {
      amendments = amendments.stream().map(List::copyOf).toList();
    }
  }

  private record Adopted(int number, Tabled tabled) {}

  public static Result of(List<BaseParagraph> draft, String language, Collection<Decided> decided) {
    List<Adopted> adopted = new ArrayList<>();
    for (Decided one : decided) {
      if (one.decision() != null && one.decision().adopted()) {
        Tabled tabled = one.tabled();
        adopted.add(
            new Adopted(
                one.number(), new Tabled(tabled.id(), tabled.language(), one.adoptedChange())));
      }
    }
    adopted.sort(Comparator.comparingInt(Adopted::number));
    List<List<Integer>> conflicts = new ArrayList<>();
    for (int i = 0; i < adopted.size(); i++) {
      for (int j = i + 1; j < adopted.size(); j++) {
        if (Conflicts.conflict(adopted.get(i).tabled(), adopted.get(j).tabled())) {
          conflicts.add(List.of(adopted.get(i).number(), adopted.get(j).number()));
        }
      }
    }
    if (!conflicts.isEmpty()) {
      return new Blocked("amendment.text.conflict", conflicts);
    }

    // what applies to this language; identical amendments once, under every number
    Map<Tabled, List<Integer>> applying = new LinkedHashMap<>();
    for (Adopted one : adopted) {
      Change change = one.tabled().change();
      if (!(change instanceof ParagraphDeletion) && !one.tabled().language().equals(language)) {
        continue;
      }
      Tabled same =
          applying.keySet().stream()
              .filter(t -> Conflicts.identical(t, one.tabled()))
              .findFirst()
              .orElse(one.tabled());
      applying.computeIfAbsent(same, t -> new ArrayList<>()).add(one.number());
    }

    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < draft.size(); i++) {
      index.put(draft.get(i).id(), i);
    }
    List<List<Integer>> outdated = new ArrayList<>();
    Map<String, List<WordChange>> words = new HashMap<>();
    Map<String, List<Integer>> numbers = new HashMap<>();
    Map<String, List<Integer>> deletedBy = new HashMap<>();
    Map<String, List<Map.Entry<NewParagraph, List<Integer>>>> added = new HashMap<>();
    for (Map.Entry<Tabled, List<Integer>> entry : applying.entrySet()) {
      Tabled tabled = entry.getKey();
      Change change = tabled.change();
      Integer at = index.get(change.paragraphId());
      BaseParagraph target = at == null ? null : draft.get(at);
      if (!applies(target, tabled, language)) {
        outdated.add(entry.getValue());
        continue;
      }
      if (change instanceof WordChange word) {
        words.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(word);
        numbers.computeIfAbsent(target.id(), k -> new ArrayList<>()).addAll(entry.getValue());
      } else if (change instanceof ParagraphDeletion) {
        deletedBy.computeIfAbsent(target.id(), k -> new ArrayList<>()).addAll(entry.getValue());
      } else {
        added
            .computeIfAbsent(target.id(), k -> new ArrayList<>())
            .add(Map.entry((NewParagraph) change, entry.getValue()));
      }
    }
    if (!outdated.isEmpty()) {
      outdated.sort(Comparator.comparingInt(l -> l.get(0)));
      return new Blocked("amendment.text.outdated", outdated);
    }

    // an operative paragraph deleted takes its sub-paragraphs with it
    Map<String, List<Integer>> deleted = new HashMap<>();
    List<Integer> deleting = null;
    for (BaseParagraph paragraph : draft) {
      if (deletedBy.containsKey(paragraph.id())) {
        deleted.put(paragraph.id(), deletedBy.get(paragraph.id()));
        deleting =
            paragraph.kind() == ParagraphKind.OPERATIVE ? deletedBy.get(paragraph.id()) : null;
      } else if (paragraph.kind() == ParagraphKind.SUB_PARAGRAPH && deleting != null) {
        deleted.put(paragraph.id(), deleting);
        for (int number : numbers.getOrDefault(paragraph.id(), List.of())) {
          for (int by : deleting) {
            conflicts.add(List.of(Math.min(by, number), Math.max(by, number)));
          }
        }
      } else {
        deleting = null;
      }
    }
    if (!conflicts.isEmpty()) {
      conflicts.sort(
          Comparator.<List<Integer>>comparingInt(l -> l.get(0)).thenComparingInt(l -> l.get(1)));
      return new Blocked("amendment.text.conflict", conflicts);
    }

    List<Paragraph> out = new ArrayList<>();
    List<Paragraph> pending = new ArrayList<>();
    for (BaseParagraph paragraph : draft) {
      if (paragraph.kind() != ParagraphKind.SUB_PARAGRAPH) {
        out.addAll(pending);
        pending.clear();
      }
      out.add(amended(paragraph, deleted, words, numbers));
      List<Map.Entry<NewParagraph, List<Integer>>> after =
          new ArrayList<>(added.getOrDefault(paragraph.id(), List.of()));
      after.sort(Comparator.comparingInt(e -> e.getValue().get(0)));
      for (Map.Entry<NewParagraph, List<Integer>> entry : after) {
        NewParagraph change = entry.getKey();
        Paragraph fresh =
            new Paragraph(
                paragraph.id() + Amending.NEW_PARAGRAPH_SUFFIX + entry.getValue().get(0),
                change.kind(),
                State.ADDED,
                null,
                List.of(new Segment(Segment.Kind.INSERTED, change.words())),
                entry.getValue());
        // a new preambular or operative paragraph comes after the sub-paragraphs of its anchor
        (change.kind() == ParagraphKind.SUB_PARAGRAPH ? out : pending).add(fresh);
      }
    }
    out.addAll(pending);

    List<ParagraphKind> kinds =
        out.stream().filter(p -> p.state() != State.DELETED).map(Paragraph::kind).toList();
    if (Numbering.problem(kinds) != null) {
      TreeSet<Integer> fresh = new TreeSet<>();
      out.stream().filter(p -> p.state() == State.ADDED).forEach(p -> fresh.addAll(p.amendments()));
      return new Blocked("amendment.text.numbering", List.of(List.copyOf(fresh)));
    }
    List<ParagraphNumber> numbering = Numbering.of(kinds);
    List<Paragraph> numbered = new ArrayList<>();
    int n = 0;
    for (Paragraph p : out) {
      numbered.add(
          p.state() == State.DELETED
              ? p
              : new Paragraph(
                  p.id(), p.kind(), p.state(), numbering.get(n++), p.segments(), p.amendments()));
    }
    return new Generated(numbered);
  }

  private static boolean applies(BaseParagraph target, Tabled tabled, String language) {
    if (target == null) {
      return false;
    }
    Change change = tabled.change();
    if (change instanceof NewParagraph) {
      return true;
    }
    if (!tabled.language().equals(language)) {
      return true; // a deletion of the paragraph in another language: the words are that one's
    }
    if (target.version() != change.version()) {
      return false;
    }
    if (change instanceof WordChange word) {
      return Amending.problem(target, word) == null;
    }
    return ((ParagraphDeletion) change).expected().equals(target.words());
  }

  private static Paragraph amended(
      BaseParagraph paragraph,
      Map<String, List<Integer>> deleted,
      Map<String, List<WordChange>> words,
      Map<String, List<Integer>> numbers) {
    if (deleted.containsKey(paragraph.id())) {
      return new Paragraph(
          paragraph.id(),
          paragraph.kind(),
          State.DELETED,
          null,
          List.of(new Segment(Segment.Kind.DELETED, paragraph.words())),
          deleted.get(paragraph.id()));
    }
    List<WordChange> changes = words.getOrDefault(paragraph.id(), List.of());
    List<Integer> by = new ArrayList<>(numbers.getOrDefault(paragraph.id(), List.of()));
    by.sort(Integer::compare);
    return new Paragraph(
        paragraph.id(),
        paragraph.kind(),
        changes.isEmpty() ? State.UNCHANGED : State.AMENDED,
        null,
        TrackedChange.of(paragraph.words(), changes),
        by);
  }
}
