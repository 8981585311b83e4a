package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;
import org.ipu.assembly.amendments.rules.TextAsAmended.Decided;
import org.ipu.assembly.amendments.rules.TextAsAmended.Generated;

/**
 * Round trips over random drafts, amendments and decisions (each drawn from one seed): the adopted
 * amendments that do not conflict give the same text in any order; rejected, withdrawn, merged and
 * fallen ones change nothing; every paragraph reads as {@link Amending#applyAll} makes it, orally
 * revised ones with their revised words, and the tracked changes give back the draft; two adopted
 * amendments in conflict block the text, naming both.
 */
class TextAsAmendedPropertiesTest {

  static final List<String> VOCABULARY =
      List.of("the", "parliaments", "calls", "on", "climate", "laws", "and", "to", "adopt", "IPU");

  static final Decision[] DECISIONS = Decision.values();

  record Scenario(List<BaseParagraph> draft, List<Decided> decided) {}

  static List<String> words(Random random, int min, int max) {
    List<String> words = new ArrayList<>();
    int n = min + random.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    }
    return words;
  }

  /** A draft PP, OP, (a), (b), OP and amendments to it; adopted ones never conflict. */
  static Scenario scenario(long seed) {
    Random random = new Random(seed);
    List<BaseParagraph> draft = new ArrayList<>();
    ParagraphKind[] kinds = {
      ParagraphKind.PREAMBULAR,
      ParagraphKind.OPERATIVE,
      ParagraphKind.SUB_PARAGRAPH,
      ParagraphKind.SUB_PARAGRAPH,
      ParagraphKind.OPERATIVE
    };
    for (int i = 0; i < kinds.length; i++) {
      draft.add(new BaseParagraph("p" + i, kinds[i], 1, words(random, 1, 12)));
    }
    List<Decided> decided = new ArrayList<>();
    List<Tabled> adopted = new ArrayList<>();
    int count = random.nextInt(10);
    for (int number = 1; number <= count; number++) {
      Change change = change(random, draft);
      if (change == null) {
        continue;
      }
      Tabled tabled = new Tabled(number, "en", change);
      Decision decision =
          random.nextInt(6) == 0 ? null : DECISIONS[random.nextInt(DECISIONS.length)];
      List<String> revised = List.of();
      if (decision == Decision.ADOPTED_AS_REVISED) {
        revised = words(random, 1, 4);
        if (change instanceof ParagraphDeletion
            || Decisions.problem(decision, change, revised, false) != null) {
          decision = Decision.ADOPTED;
          revised = List.of();
        }
      }
      if (decision != null && decision.adopted()) {
        Tabled as =
            new Tabled(
                number,
                "en",
                decision == Decision.ADOPTED_AS_REVISED
                    ? Decisions.revised(change, revised)
                    : change);
        if (adopted.stream().anyMatch(a -> Conflicts.conflict(a, as))) {
          decision = Decision.FELL; // made impossible by an adopted one
          revised = List.of();
        } else {
          adopted.add(as);
        }
      }
      decided.add(new Decided(number, tabled, decision, revised));
    }
    return new Scenario(draft, decided);
  }

  /** A word change to any paragraph, a new paragraph, or a deletion (never of OP1). */
  static Change change(Random random, List<BaseParagraph> draft) {
    int kind = random.nextInt(10);
    if (kind < 7) {
      BaseParagraph p = draft.get(random.nextInt(draft.size()));
      int from = random.nextInt(p.words().size() + 1);
      int to = from + random.nextInt(p.words().size() - from + 1);
      List<String> replacement = from == to ? words(random, 1, 3) : words(random, 0, 3);
      if (replacement.equals(p.words().subList(from, to))) {
        return null;
      }
      return new WordChange(p.id(), 1, from, to, p.words().subList(from, to), replacement);
    }
    if (kind < 9) {
      int at = 1 + random.nextInt(draft.size() - 1);
      ParagraphKind newKind =
          random.nextBoolean() ? ParagraphKind.SUB_PARAGRAPH : ParagraphKind.OPERATIVE;
      return new NewParagraph("p" + at, 1, newKind, words(random, 1, 5));
    }
    return ParagraphDeletion.of(draft.get(random.nextBoolean() ? 0 : 3));
  }

  @Property(tries = 400)
  void anyOrderOfTheSameDecisionsGivesTheSameText(@ForAll long seed) {
    Scenario scenario = scenario(seed);
    var expected = TextAsAmended.of(scenario.draft(), "en", scenario.decided());
    List<Decided> shuffled = new ArrayList<>(scenario.decided());
    Collections.shuffle(shuffled, new Random(seed + 1));
    assertThat(TextAsAmended.of(scenario.draft(), "en", shuffled)).isEqualTo(expected);
    assertThat(expected).isInstanceOf(Generated.class);
  }

  @Property(tries = 400)
  void onlyAdoptedAmendmentsChangeTheText(@ForAll long seed) {
    Scenario scenario = scenario(seed);
    List<Decided> adopted =
        scenario.decided().stream()
            .filter(d -> d.decision() != null && d.decision().adopted())
            .toList();
    assertThat(TextAsAmended.of(scenario.draft(), "en", scenario.decided()))
        .isEqualTo(TextAsAmended.of(scenario.draft(), "en", adopted));
    List<Decided> noneAdopted =
        scenario.decided().stream()
            .filter(d -> d.decision() == null || !d.decision().adopted())
            .toList();
    Generated untouched = (Generated) TextAsAmended.of(scenario.draft(), "en", noneAdopted);
    assertThat(untouched.clean())
        .containsExactlyElementsOf(scenario.draft().stream().map(BaseParagraph::text).toList());
  }

  @Property(tries = 400)
  void eachParagraphReadsAsTheAdoptedChangesMakeItAndTheTrackedChangesGiveBackTheDraft(
      @ForAll long seed) {
    Scenario scenario = scenario(seed);
    Generated text = (Generated) TextAsAmended.of(scenario.draft(), "en", scenario.decided());
    for (BaseParagraph paragraph : scenario.draft()) {
      TextAsAmended.Paragraph amended =
          text.paragraphs().stream().filter(p -> p.id().equals(paragraph.id())).findFirst().get();
      assertThat(amended.original()).isEqualTo(paragraph.words());
      if (amended.state() == TextAsAmended.State.DELETED) {
        assertThat(amended.clean()).isEmpty();
        continue;
      }
      List<WordChange> changes = new ArrayList<>();
      for (Decided d : scenario.decided()) {
        if (d.decision() != null
            && d.decision().adopted()
            && d.tabled().change() instanceof WordChange w
            && w.paragraphId().equals(paragraph.id())) {
          // orally revised: the revised words at the same place
          changes.add(
              d.decision() == Decision.ADOPTED_AS_REVISED
                  ? new WordChange(w.paragraphId(), 1, w.from(), w.to(), w.expected(), d.revised())
                  : w);
        }
      }
      List<WordChange> distinct = changes.stream().distinct().toList();
      Outcome outcome = Amending.applyAll(paragraph, distinct);
      assertThat(outcome).isInstanceOf(Outcome.Applied.class);
      assertThat(amended.clean())
          .isEqualTo(((Outcome.Applied) outcome).paragraphs().get(0).words());
    }
    long added =
        scenario.decided().stream()
            .filter(
                d ->
                    d.decision() != null
                        && d.decision().adopted()
                        && d.tabled().change() instanceof NewParagraph)
            .count();
    assertThat(
            text.paragraphs().stream()
                .filter(p -> p.state() == TextAsAmended.State.ADDED)
                .mapToInt(p -> p.amendments().size())
                .sum())
        .isEqualTo(added);
  }

  @Property(tries = 200)
  void twoAdoptedAmendmentsOnTheSameWordsBlockTheTextNamingBoth(@ForAll long seed) {
    Scenario scenario = scenario(seed);
    BaseParagraph target = scenario.draft().get(4);
    List<Decided> decided = new ArrayList<>(scenario.decided());
    decided.add(
        new Decided(
            101,
            new Tabled(101, "en", WordChange.replace(target, 0, 1, "Urges")),
            Decision.ADOPTED,
            null));
    decided.add(
        new Decided(
            102,
            new Tabled(102, "en", WordChange.replace(target, 0, 1, "Invites")),
            Decision.ADOPTED_AS_REVISED,
            List.of("Requests")));
    var result = TextAsAmended.of(scenario.draft(), "en", decided);
    assertThat(result).isInstanceOf(TextAsAmended.Blocked.class);
    TextAsAmended.Blocked blocked = (TextAsAmended.Blocked) result;
    assertThat(blocked.code()).isEqualTo("amendment.text.conflict");
    assertThat(blocked.amendments()).contains(List.of(101, 102));
  }
}
