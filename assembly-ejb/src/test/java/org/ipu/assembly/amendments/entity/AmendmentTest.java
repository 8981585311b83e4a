package org.ipu.assembly.amendments.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Deadline;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;
import org.junit.jupiter.api.Test;

/** A draft's paragraphs and amendments keep what they are given, as the rules see it. */
class AmendmentTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 9, 1, 9, 0);

  static DraftResolution draft() {
    DraftResolution draft =
        new DraftResolution(
            new AssemblySession(
                153, "Geneva", "CH", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23)),
            Committee.SUSTAINABLE_DEVELOPMENT);
    draft.describe(
        "Climate",
        "Climat",
        null,
        null,
        "A and B",
        new Deadline(Instant.parse("2026-10-04T16:00:00Z"), ZoneId.of("Europe/Zurich")));
    return draft;
  }

  static Amendment amendment(DraftParagraph paragraph, Change change) {
    return new Amendment(
        paragraph.getDraft(),
        1,
        Parliament.ofCountry("FR"),
        DraftLanguage.FR,
        paragraph,
        change,
        "why",
        false,
        NOW,
        "focal.fr");
  }

  @Test
  void keepsEachKindOfChangeAsTheRulesSeeIt() {
    DraftParagraph paragraph =
        new DraftParagraph(
            draft(),
            0,
            ParagraphKind.OPERATIVE,
            "Calls on parliaments;",
            "Appelle  les parlements ;");
    assertThat(paragraph.text(DraftLanguage.FR)).isEqualTo("Appelle les parlements ;");
    var base = paragraph.base(DraftLanguage.FR);
    List<Change> changes =
        List.of(
            WordChange.replace(base, 1, 3, "tous les parlements"),
            WordChange.insert(base, 0, "Enfin,"),
            new NewParagraph(base.id(), 1, ParagraphKind.SUB_PARAGRAPH, Words.of("(a) x")),
            ParagraphDeletion.of(base));
    for (Change change : changes) {
      Amendment amendment = amendment(paragraph, change);
      assertThat(amendment.change()).isEqualTo(change);
      assertThat(amendment.getBaseText()).isEqualTo("Appelle les parlements ;");
    }
  }

  @Test
  void aCorrectionRaisesTheRevisionOfThatLanguageOnly() {
    DraftParagraph paragraph =
        new DraftParagraph(draft(), 0, ParagraphKind.OPERATIVE, "Calls;", "Appelle ;");
    assertThat(paragraph.write(DraftLanguage.EN, " Calls; ")).isFalse();
    assertThat(paragraph.write(DraftLanguage.EN, "Urges;")).isTrue();
    assertThat(paragraph.revision(DraftLanguage.EN)).isEqualTo(2);
    assertThat(paragraph.revision(DraftLanguage.FR)).isEqualTo(1);
    assertThat(paragraph.write(DraftLanguage.AR, "يدعو")).isTrue();
    assertThat(paragraph.write(DraftLanguage.AR, " ")).isTrue();
    assertThat(paragraph.text(DraftLanguage.AR)).isNull();
  }

  @Test
  void coSponsorsAreConfirmedOnceAndKeptWhenStillNamed() {
    DraftParagraph paragraph =
        new DraftParagraph(draft(), 0, ParagraphKind.OPERATIVE, "Calls;", "Appelle ;");
    Amendment amendment =
        amendment(paragraph, WordChange.replace(paragraph.base(DraftLanguage.FR), 0, 1, "Invite"));
    amendment.nameCoSponsors(List.of(7L, 8L));
    amendment.confirmCoSponsor(7, NOW, "focal.ke");
    amendment.confirmCoSponsor(7, NOW.plusDays(1), "other");
    amendment.nameCoSponsors(List.of(7L, 9L));
    assertThat(amendment.getCoSponsors())
        .extracting(CoSponsor::getParliamentId, CoSponsor::isConfirmed, CoSponsor::getConfirmedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7L, true, "focal.ke"),
            org.assertj.core.groups.Tuple.tuple(9L, false, null));
  }

  @Test
  void theDraftKeepsItsDeadlineAndVotingOrder() {
    DraftResolution draft = draft();
    assertThat(draft.deadline().announced().getHour()).isEqualTo(18);
    assertThat(draft.title(DraftLanguage.AR)).isEqualTo("Climate");
    draft.chooseVotingOrder(List.of(3L, 1L, 2L));
    assertThat(draft.votingOrder()).containsExactly(3L, 1L, 2L);
    draft.corrected();
    assertThat(draft.getEdition()).isEqualTo(1);
    draft.publish(NOW);
    draft.corrected();
    assertThat(draft.getEdition()).isEqualTo(2);
  }
}
