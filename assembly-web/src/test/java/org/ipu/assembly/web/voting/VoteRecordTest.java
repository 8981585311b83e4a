package org.ipu.assembly.web.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot.BoardEntry;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The record of a closed vote, rendered and read back as the reader gets it. */
class VoteRecordTest {

  private static final String ASSEMBLY = "IPU Assembly 152 · Geneva";

  private final DocumentRenderer documents = new DocumentRenderer();

  @Test
  void aNamedVoteGivesItsArithmeticAndEveryDelegationWithVotes() throws IOException {
    String text = text(closed(VoteMethod.ELECTRONIC), Language.EN);

    assertThat(text)
        .contains(ASSEMBLY)
        .contains("Record of the vote")
        .contains("Vote no. 42")
        .contains("Emergency item: <the> \"situation\" & more")
        .contains("Electronic vote")
        .contains("16 yes of 24 cast: Simple majority needs 13 — adopted")
        .contains("2 of 3 delegations have voted")
        .contains("Kenya 10 9 1 0")
        .contains("France 17 7 7 3")
        .contains("Brazil 12 did not vote")
        .doesNotContain("Chad");
    assertThat(text.indexOf("Brazil")).isLessThan(text.indexOf("France"));
  }

  @Test
  void inArabicTheCountriesAndTheWordsReadInOrder() throws IOException {
    String text = text(closed(VoteMethod.ROLL_CALL), Language.AR);

    assertThat(text)
        .contains("محضر التصويت")
        .contains("تصويت بنداء الأسماء")
        .contains("كينيا")
        .contains("فرنسا")
        .contains("لم يصوّت")
        .contains("أغلبية بسيطة")
        .contains("Emergency item: <the> \"situation\" & more");
  }

  @Test
  void aSecretBallotGivesTotalsAndWhoTookPartOnly() throws IOException {
    String text = text(closed(VoteMethod.SECRET), Language.FR);

    assertThat(text)
        .contains("Scrutin secret")
        .contains("Délégations ayant pris part au vote")
        .contains("France · Kenya")
        .doesNotContain("Brésil")
        .doesNotContain("n’a pas voté");
  }

  @Test
  void anOpenVoteHasNoRecord() {
    VoteSnapshot closed = closed(VoteMethod.ELECTRONIC);
    VoteSnapshot open =
        new VoteSnapshot(
            closed.voteId(),
            closed.subject(),
            closed.subjectTranslations(),
            closed.method(),
            closed.majorityRule(),
            VoteState.OPEN,
            null,
            closed.openedAt(),
            null,
            null,
            null,
            3,
            2,
            39,
            closed.totals(),
            13,
            null,
            5,
            closed.board(),
            null,
            null,
            null);

    assertThatThrownBy(() -> VoteRecord.model(open, ASSEMBLY, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVoidedResultKeepsItsArithmeticAndIsMarkedVoidWithTheReason() throws IOException {
    VoteSnapshot c = closed(VoteMethod.ELECTRONIC);
    VoteSnapshot voided =
        VoidedSnapshots.voided(
            c, LocalDateTime.of(2027, 4, 14, 9, 30), "Tellers found a counting error");
    String text = text(voided, Language.EN).replaceAll("\\s+", " ");
    assertThat(text)
        .contains("VOID: this result was voided on", "Tellers found a counting error")
        .contains("16 yes of 24 cast");
    assertThat(text(c, Language.EN)).doesNotContain("VOID");
  }

  private String text(VoteSnapshot vote, Language language) throws IOException {
    byte[] pdf =
        documents.pdf(
            VoteRecord.TEMPLATE, VoteRecord.model(vote, ASSEMBLY, language), language.locale());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Kenya 9-1-0 and France 7-7-3 voted; Brazil had votes and did not; Chad had none. */
  private static VoteSnapshot closed(VoteMethod method) {
    boolean secret = method == VoteMethod.SECRET;
    List<BoardEntry> board =
        List.of(
            new BoardEntry(1, "BR", 12, false, null, null, null),
            new BoardEntry(
                2, "FR", 17, true, secret ? null : 7, secret ? null : 7, secret ? null : 3),
            new BoardEntry(
                3, "KE", 10, true, secret ? null : 9, secret ? null : 1, secret ? null : 0),
            new BoardEntry(4, "TD", 0, false, null, null, null));
    return new VoteSnapshot(
        42,
        "Emergency item: <the> \"situation\" & more",
        java.util.Map.of(),
        method,
        MajorityRule.SIMPLE,
        VoteState.CLOSED,
        method == VoteMethod.ROLL_CALL ? "K" : null,
        LocalDateTime.of(2027, 4, 13, 10, 0, 5),
        LocalDateTime.of(2027, 4, 13, 10, 12, 40),
        null,
        null,
        3,
        2,
        39,
        new VoteSnapshot.Totals(16, 8, 3),
        13,
        Outcome.ADOPTED,
        9,
        board,
        null,
        null,
        null);
  }
}
