package org.ipu.assembly.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.rules.Amending;
import org.ipu.assembly.amendments.rules.BaseParagraph;
import org.ipu.assembly.amendments.rules.Conflicts;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.amendments.rules.Decisions;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.DraftSplitter;
import org.ipu.assembly.amendments.rules.DraftSplitter.Split;
import org.ipu.assembly.amendments.rules.TextAsAmended;
import org.ipu.assembly.amendments.rules.Words;
import org.junit.jupiter.api.Test;

/**
 * The demo's drafts split into the same paragraphs in English and French, and each of its
 * amendments applies to the text it is written for: the demo shows two that conflict and two that
 * are identical.
 */
class AmendmentsSeederTest {

  private static List<BaseParagraph> base(String text) {
    List<Split> split = DraftSplitter.split(text);
    List<BaseParagraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      paragraphs.add(BaseParagraph.of("p" + i, split.get(i).kind(), 1, split.get(i).text()));
    }
    return paragraphs;
  }

  @Test
  void everyDemoDraftHasTheSameParagraphsInBothLanguages() {
    for (String[] texts :
        List.of(
            new String[] {AmendmentsSeeder.DEVELOPMENT_EN, AmendmentsSeeder.DEVELOPMENT_FR},
            new String[] {AmendmentsSeeder.PEACE_EN, AmendmentsSeeder.PEACE_FR},
            new String[] {AmendmentsSeeder.DEMOCRACY_EN, AmendmentsSeeder.DEMOCRACY_FR},
            new String[] {AmendmentsSeeder.UN_EN, AmendmentsSeeder.UN_FR})) {
      assertThat(DraftSplitter.split(texts[1]).stream().map(Split::kind))
          .containsExactlyElementsOf(
              DraftSplitter.split(texts[0]).stream().map(Split::kind).toList());
    }
  }

  @Test
  void everyDemoAmendmentAppliesAndTheListShowsConflictsAndIdenticalOnes() {
    List<BaseParagraph> english = base(AmendmentsSeeder.DEVELOPMENT_EN);
    List<BaseParagraph> french = base(AmendmentsSeeder.DEVELOPMENT_FR);
    List<Conflicts.Tabled> tabled = new ArrayList<>();
    long id = 1;
    for (AmendmentsSeeder.Spec spec : AmendmentsSeeder.developmentSpecs()) {
      List<BaseParagraph> text = spec.language() == DraftLanguage.FR ? french : english;
      var change = spec.change().apply(text.get(spec.paragraph()));
      assertThat(Amending.check(text, change)).as("amendment %s", id).isNull();
      tabled.add(new Conflicts.Tabled(id++, spec.language().code(), change));
    }
    assertThat(tabled).hasSizeGreaterThanOrEqualTo(20);
    long conflicting =
        tabled.stream()
            .filter(a -> tabled.stream().anyMatch(b -> Conflicts.conflict(a, b)))
            .count();
    long identical =
        tabled.stream()
            .filter(a -> tabled.stream().anyMatch(b -> a != b && Conflicts.identical(a, b)))
            .count();
    assertThat(conflicting).isGreaterThanOrEqualTo(2);
    assertThat(identical).isEqualTo(2);
  }

  @Test
  void theDemoDecisionsStandAndGiveATextAsAmendedInBothLanguages() {
    List<BaseParagraph> english = base(AmendmentsSeeder.DEVELOPMENT_EN);
    List<BaseParagraph> french = base(AmendmentsSeeder.DEVELOPMENT_FR);
    List<TextAsAmended.Decided> decided = new ArrayList<>();
    List<Conflicts.Tabled> tabled = new ArrayList<>();
    int number = 1;
    for (AmendmentsSeeder.Spec spec : AmendmentsSeeder.developmentSpecs()) {
      List<BaseParagraph> text = spec.language() == DraftLanguage.FR ? french : english;
      tabled.add(
          new Conflicts.Tabled(
              number++, spec.language().code(), spec.change().apply(text.get(spec.paragraph()))));
    }
    for (AmendmentsSeeder.DecisionSpec spec : AmendmentsSeeder.developmentDecisions()) {
      Conflicts.Tabled amendment = tabled.get(spec.number() - 1);
      List<String> revised = Words.of(spec.revised());
      assertThat(
              Decisions.problem(spec.decision(), amendment.change(), revised, spec.other() != null))
          .as("decision on %s", spec.number())
          .isNull();
      if (spec.other() != null) {
        Decision otherDecision =
            AmendmentsSeeder.developmentDecisions().stream()
                .filter(d -> d.number() == spec.other())
                .findFirst()
                .map(AmendmentsSeeder.DecisionSpec::decision)
                .orElse(null);
        assertThat(
                Decisions.otherProblem(
                    spec.decision(), amendment, tabled.get(spec.other() - 1), otherDecision))
            .isNull();
      }
      decided.add(new TextAsAmended.Decided(spec.number(), amendment, spec.decision(), revised));
    }
    var englishText = TextAsAmended.of(english, "en", decided);
    assertThat(englishText).isInstanceOf(TextAsAmended.Generated.class);
    assertThat(((TextAsAmended.Generated) englishText).clean())
        .anySatisfy(p -> assertThat(p).contains("in Africa and elsewhere"));
    assertThat(TextAsAmended.of(french, "fr", decided)).isInstanceOf(TextAsAmended.Generated.class);
  }
}
