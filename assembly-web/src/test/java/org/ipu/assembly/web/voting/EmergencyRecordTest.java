package org.ipu.assembly.web.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot.BoardEntry;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.EmergencySelectionOutcome;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The record of a closed selection of the emergency item, rendered and read back as PDF text. */
class EmergencyRecordTest {

  private static final String ASSEMBLY = "IPU Assembly 152 · Geneva";
  private static final LocalDateTime AT = LocalDateTime.of(2027, 4, 13, 10, 0);

  private final DocumentRenderer documents = new DocumentRenderer();

  @Test
  void aRollCallGivesTheRequestsAsTabledEachArithmeticTheAddedRequestAndEachSplit()
      throws IOException {
    String text = text(added(VoteMethod.ROLL_CALL), Language.EN);

    assertThat(text)
        .contains(ASSEMBLY)
        .contains("Record of the selection of the emergency item")
        .contains("Selection no. 5")
        .contains("Selection of the emergency item 152")
        .contains("Roll call from the letter K")
        .contains("Requests as tabled")
        .contains("A Floods in the Sahel")
        .contains("Sponsors: Niger")
        .contains("B+C The crisis in the region")
        .contains("merged: B, C")
        .contains("B The humanitarian crisis")
        .contains("C The crisis in the region")
        .contains("Sponsors: Belgium")
        // The arithmetic table: yes, no, abstain, cast, two-thirds needed, eligible or not.
        .contains("A 1,011 491 3 1,502 1,002 eligible")
        .contains("B+C 491 200 3 691 461 eligible")
        .contains("D 1,200 700 3 1,900 1,267 not eligible")
        .contains("A: 1,011 yes of 1,502 cast, two-thirds needed 1,002, eligible")
        .contains("D: 1,200 yes of 1,900 cast, two-thirds needed 1,267, not eligible")
        .contains("A is added, most yes votes among the eligible")
        .contains("Request A: Floods in the Sahel")
        .contains("2 of 3 delegations have voted")
        .containsPattern("Kenya 10 1,010 491 3")
        .contains("France 17 1 0 0")
        .contains("Brazil 12 did not vote");
    assertThat(text.indexOf("Request A: Floods")).isLessThan(text.indexOf("Request B+C: The"));
  }

  @Test
  void theNumbersAreTheStoredOnesNotRecomputed() throws IOException {
    // A two-thirds needed the rules stored (here 1,003) is what the record says.
    EmergencySnapshot s = added(VoteMethod.ROLL_CALL);
    EmergencySnapshot.EmergencyRequestView a = s.requests().get(0);
    VoteSnapshot v = a.vote();
    VoteSnapshot stored =
        new VoteSnapshot(
            v.voteId(),
            v.subject(),
            v.subjectTranslations(),
            v.method(),
            v.majorityRule(),
            v.state(),
            v.rollCallLetter(),
            v.openedAt(),
            v.closedAt(),
            null,
            null,
            v.delegationsEligible(),
            v.delegationsVoted(),
            v.usableVotes(),
            v.totals(),
            1003,
            v.outcome(),
            v.auditSequence(),
            v.board(),
            null,
            v.emergency(),
            null);
    EmergencySnapshot changed =
        selection(
            VoteMethod.ROLL_CALL,
            EmergencySelectionOutcome.ADDED,
            List.of("A"),
            List.of(
                new EmergencySnapshot.EmergencyRequestView(
                    a.label(), a.title(), a.sponsors(), a.merged(), a.voteId(), stored, true)));

    assertThat(text(changed, Language.EN))
        .contains("A 1,011 491 3 1,502 1,003 eligible")
        .contains("two-thirds needed 1,003, eligible");
  }

  @Test
  void aTieIsReportedAndNoneIsAdded() throws IOException {
    EmergencySnapshot tie =
        selection(
            VoteMethod.ELECTRONIC,
            EmergencySelectionOutcome.TIE,
            List.of("A", "B"),
            List.of(
                request("A", "Floods", List.of(), vote(10, "A", 20, 10, 20, Outcome.ADOPTED), true),
                request(
                    "B", "Crisis", List.of(), vote(11, "B", 20, 5, 17, Outcome.ADOPTED), true)));
    assertThat(text(tie, Language.EN).replaceAll("\\s+", " "))
        .contains("Electronic vote")
        .doesNotContain("Roll call from")
        .contains(
            "A, B are tied with the most yes votes among the eligible: none is added, the"
                + " presiding officer decides");
  }

  @Test
  void inFrenchAndInArabicTheWordsAreTheReaders() throws IOException {
    assertThat(text(added(VoteMethod.ROLL_CALL), Language.FR))
        .contains("Procès-verbal de la sélection du point d’urgence")
        .contains("Demandes telles que déposées")
        .contains("A est inscrite, le plus de voix pour parmi les demandes retenues")
        .contains("Brésil");
    assertThat(text(added(VoteMethod.ROLL_CALL), Language.AR))
        .contains("محضر اختيار البند الطارئ")
        .contains("مقدمو الطلب")
        .contains("كينيا")
        .contains("لم يصوّت")
        .contains("Floods in the Sahel");
  }

  @Test
  void aSecretVoteWouldGiveOnlyWhoTookPart() throws IOException {
    String text = text(added(VoteMethod.SECRET), Language.EN);
    assertThat(text)
        .contains("Delegations that took part")
        .contains("France · Kenya")
        .doesNotContain("did not vote")
        .doesNotContain("1,010 491");
  }

  @Test
  void onlyAClosedSelectionHasARecord() {
    EmergencySnapshot closed = added(VoteMethod.ROLL_CALL);
    EmergencySnapshot open =
        new EmergencySnapshot(
            closed.selectionId(),
            closed.subject(),
            closed.method(),
            VoteState.OPEN,
            closed.rollCallLetter(),
            AT,
            AT,
            null,
            null,
            null,
            null,
            closed.requests(),
            null,
            null,
            null);
    assertThatThrownBy(() -> EmergencyRecord.model(open, ASSEMBLY, Language.EN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String text(EmergencySnapshot selection, Language language) throws IOException {
    byte[] pdf =
        documents.pdf(
            EmergencyRecord.TEMPLATE,
            EmergencyRecord.model(selection, ASSEMBLY, language),
            language.locale());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** A roll call: A and B+C eligible, D not; A added. */
  private static EmergencySnapshot added(VoteMethod method) {
    return selection(
        method,
        EmergencySelectionOutcome.ADDED,
        List.of("A"),
        List.of(
            request(
                "A",
                "Floods in the Sahel",
                List.of(),
                vote(method, 10, "A", 1011, 491, 1002, Outcome.ADOPTED),
                true),
            request(
                "B+C",
                "The crisis in the region",
                List.of(
                    new EmergencySnapshot.MergedRequest("B", "The humanitarian crisis", "France"),
                    new EmergencySnapshot.MergedRequest(
                        "C", "The crisis in the region", "Belgium")),
                vote(method, 11, "B+C", 491, 200, 461, Outcome.ADOPTED),
                true),
            request(
                "D",
                "Drought",
                List.of(),
                vote(method, 12, "D", 1200, 700, 1267, Outcome.REJECTED),
                false)));
  }

  private static VoteSnapshot vote(
      long id, String request, int yes, int no, int required, Outcome outcome) {
    return vote(VoteMethod.ROLL_CALL, id, request, yes, no, required, outcome);
  }

  /** Kenya and France voted, Brazil had votes and did not. */
  private static VoteSnapshot vote(
      VoteMethod method, long id, String request, int yes, int no, int required, Outcome outcome) {
    boolean secret = method == VoteMethod.SECRET;
    return new VoteSnapshot(
        id,
        "Request " + request,
        Map.of(),
        method,
        MajorityRule.TWO_THIRDS,
        VoteState.CLOSED,
        method == VoteMethod.ROLL_CALL ? "K" : null,
        AT,
        AT.plusMinutes(9),
        null,
        null,
        3,
        2,
        39,
        new VoteSnapshot.Totals(yes, no, 3),
        required,
        outcome,
        12,
        List.of(
            new BoardEntry(
                1, "KE", 10, true, secret ? null : yes - 1, secret ? null : no, secret ? null : 3),
            new BoardEntry(
                2, "FR", 17, true, secret ? null : 1, secret ? null : 0, secret ? null : 0),
            new BoardEntry(3, "BR", 12, false, null, null, null)),
        null,
        new VoteSnapshot.EmergencyLink(5, request),
        null);
  }

  private static EmergencySnapshot.EmergencyRequestView request(
      String label,
      String title,
      List<EmergencySnapshot.MergedRequest> merged,
      VoteSnapshot vote,
      Boolean eligible) {
    return new EmergencySnapshot.EmergencyRequestView(
        label,
        title,
        merged.isEmpty() ? "Niger" : "France; Belgium",
        merged,
        vote.voteId(),
        vote,
        eligible);
  }

  private static EmergencySnapshot selection(
      VoteMethod method,
      EmergencySelectionOutcome outcome,
      List<String> leading,
      List<EmergencySnapshot.EmergencyRequestView> requests) {
    return new EmergencySnapshot(
        5,
        "Selection of the emergency item 152",
        method,
        VoteState.CLOSED,
        method == VoteMethod.ROLL_CALL ? "K" : null,
        AT,
        AT,
        AT.plusMinutes(9),
        null,
        null,
        null,
        requests,
        outcome,
        leading,
        outcome == EmergencySelectionOutcome.ADDED ? leading.get(0) : null);
  }
}
