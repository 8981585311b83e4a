package org.ipu.assembly.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.rules.Amending;
import org.ipu.assembly.amendments.rules.BaseParagraph;
import org.ipu.assembly.amendments.rules.Conflicts;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.DraftSplitter;
import org.ipu.assembly.amendments.rules.DraftSplitter.Split;
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
}
