package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ipu.assembly.amendments.rules.Change.WordChange;

/**
 * Round trips over random paragraphs and changes (words from a small vocabulary, so that words
 * repeat as they do in resolutions): the diff and the tracked change give back both texts, an
 * amendment and its inverse give back the paragraph, and an amendment carried across a correction
 * either still applies or is marked for review, and when the correction is elsewhere, adopting both
 * gives the same text in either order.
 */
class AmendingPropertiesTest {

  static final List<String> VOCABULARY =
      List.of("the", "parliaments", "calls", "on", "climate", "laws", "and", "to", "adopt", "IPU");

  record Case(BaseParagraph paragraph, WordChange change) {}

  record Correction(Case amendment, WordChange correction) {}

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Case> cases() {
    return casesOf(texts(), Arbitraries.of(VOCABULARY));
  }

  @Provide
  Arbitrary<Correction> corrections() {
    return correctionsOf(cases(), Arbitraries.of(VOCABULARY));
  }

  /**
   * Paragraphs of distinct upper-case words, amended with lower-case words and corrected with
   * digits: the correction's place in the text is beyond doubt.
   */
  @Provide
  Arbitrary<Correction> distinctWordCorrections() {
    Arbitrary<List<String>> texts =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofLength(3)
            .list()
            .uniqueElements()
            .ofMaxSize(25);
    return correctionsOf(
        casesOf(texts, Arbitraries.strings().withCharRange('a', 'z').ofLength(4)),
        Arbitraries.strings().numeric().ofLength(2));
  }

  private static Arbitrary<Case> casesOf(
      Arbitrary<List<String>> texts, Arbitrary<String> vocabulary) {
    return texts
        .flatMap(
            words -> {
              BaseParagraph paragraph = new BaseParagraph("o1", ParagraphKind.OPERATIVE, 1, words);
              return Arbitraries.integers()
                  .between(0, words.size())
                  .flatMap(
                      f ->
                          Combinators.combine(
                                  Arbitraries.integers().between(f, words.size()),
                                  vocabulary.list().ofMaxSize(5))
                              .as(
                                  (t, replacement) ->
                                      new Case(
                                          paragraph,
                                          WordChange.replace(
                                              paragraph, f, t, String.join(" ", replacement)))));
            })
        .filter(c -> !c.change().expected().equals(c.change().replacement()));
  }

  private static Arbitrary<Correction> correctionsOf(
      Arbitrary<Case> cases, Arbitrary<String> vocabulary) {
    return cases
        .flatMap(
            c -> {
              int size = c.paragraph().words().size();
              return Arbitraries.integers()
                  .between(0, size)
                  .flatMap(
                      f ->
                          Combinators.combine(
                                  Arbitraries.integers().between(f, size),
                                  vocabulary.list().ofMaxSize(4))
                              .as(
                                  (t, words) ->
                                      new Correction(
                                          c,
                                          WordChange.replace(
                                              c.paragraph(), f, t, String.join(" ", words)))));
            })
        .filter(c -> !c.correction().expected().equals(c.correction().replacement()));
  }

  @Property
  void theDiffGivesBackBothTexts(
      @ForAll("texts") List<String> before, @ForAll("texts") List<String> after) {
    List<Segment> diff = WordDiff.between(before, after);
    assertThat(TrackedChange.before(diff)).isEqualTo(before);
    assertThat(TrackedChange.after(diff)).isEqualTo(after);
    assertThat(WordDiff.distance(before, before)).isZero();
  }

  @Property
  void theTrackedChangeShowsTheOriginalAndTheAmendedText(@ForAll("cases") Case c) {
    List<Segment> tracked = TrackedChange.of(c.paragraph().words(), c.change());
    assertThat(TrackedChange.before(tracked)).isEqualTo(c.paragraph().words());
    assertThat(TrackedChange.after(tracked)).isEqualTo(applied(c.paragraph(), c.change()).words());
  }

  @Property
  void anAmendmentAndItsInverseGiveBackTheParagraph(@ForAll("cases") Case c) {
    BaseParagraph amended = applied(c.paragraph(), c.change());
    WordChange change = c.change();
    WordChange inverse =
        new WordChange(
            "o1",
            1,
            change.from(),
            change.from() + change.replacement().size(),
            change.replacement(),
            change.expected());
    assertThat(applied(amended, inverse)).isEqualTo(c.paragraph());
  }

  @Property
  void anAmendmentAcrossACorrectionStillAppliesOrNeedsReview(@ForAll("corrections") Correction c) {
    BaseParagraph original = c.amendment().paragraph();
    BaseParagraph corrected = applied(original, c.correction());
    BaseParagraph version2 =
        new BaseParagraph(original.id(), original.kind(), 2, corrected.words());
    var rebased = Rebasing.rebase(original.words(), corrected.words(), 2, c.amendment().change());
    if (rebased instanceof Rebasing.Kept kept) {
      Outcome outcome = Amending.apply(List.of(version2), kept.change());
      assertThat(outcome).isInstanceOf(Outcome.Applied.class);
    } else {
      assertThat(((Rebasing.Touched) rebased).correction()).isNotEmpty();
    }
  }

  @Property
  void aCorrectionElsewhereCommutesWithTheAmendment(
      @ForAll("distinctWordCorrections") Correction c) {
    WordChange amendment = c.amendment().change();
    WordChange correction = c.correction();
    // apart: at least one untouched word between them
    boolean apart = correction.to() < amendment.from() || amendment.to() < correction.from();
    if (!apart) {
      return;
    }
    BaseParagraph original = c.amendment().paragraph();
    List<String> corrected = applied(original, correction).words();
    var rebased = Rebasing.rebase(original.words(), corrected, 2, amendment);
    assertThat(rebased).isInstanceOf(Rebasing.Kept.class);
    Rebasing.Kept kept = (Rebasing.Kept) rebased;
    BaseParagraph version2 = new BaseParagraph("o1", ParagraphKind.OPERATIVE, 2, corrected);
    BaseParagraph both = applied(version2, (WordChange) kept.change());
    Outcome together = Amending.applyAll(original, List.of(amendment, correction));
    assertThat(((Outcome.Applied) together).paragraphs().get(0).words()).isEqualTo(both.words());
  }

  private static BaseParagraph applied(BaseParagraph paragraph, WordChange change) {
    Outcome outcome = Amending.apply(List.of(paragraph), change);
    assertThat(outcome).isInstanceOf(Outcome.Applied.class);
    return ((Outcome.Applied) outcome).paragraphs().get(0);
  }
}
