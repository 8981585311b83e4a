package org.ipu.assembly.web.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/** A closed emergency item selection's arithmetic in words and as open data. */
class EmergencyTextsTest {

  private static final LocalDateTime AT = LocalDateTime.of(2027, 4, 13, 10, 0);

  private static VoteSnapshot vote(
      long id, String request, int yes, int no, int required, Outcome outcome) {
    return new VoteSnapshot(
        id,
        "Request " + request,
        java.util.Map.of(),
        VoteMethod.ROLL_CALL,
        MajorityRule.TWO_THIRDS,
        outcome == null ? VoteState.OPEN : VoteState.CLOSED,
        "K",
        AT,
        outcome == null ? null : AT.plusMinutes(9),
        null,
        null,
        2,
        2,
        30,
        new VoteSnapshot.Totals(yes, no, 3),
        required,
        outcome,
        12,
        List.of(
            new BoardEntry(1, "KE", 10, true, yes - 1, no, 3),
            new BoardEntry(2, "FR", 17, true, 1, 0, 0),
            new BoardEntry(3, "BR", 12, false, null, null, null)),
        null,
        new VoteSnapshot.EmergencyLink(5, request),
        null);
  }

  private static EmergencySnapshot.EmergencyRequestView request(
      String label, String title, VoteSnapshot vote, Boolean eligible) {
    return new EmergencySnapshot.EmergencyRequestView(
        label, title, "Niger", List.of(), vote.voteId(), vote, eligible);
  }

  private static EmergencySnapshot selection(
      EmergencySelectionOutcome outcome,
      List<String> leading,
      List<EmergencySnapshot.EmergencyRequestView> requests) {
    return new EmergencySnapshot(
        5,
        "Selection of the emergency item",
        VoteMethod.ROLL_CALL,
        outcome == null ? VoteState.OPEN : VoteState.CLOSED,
        "K",
        AT,
        AT,
        outcome == null ? null : AT.plusMinutes(9),
        null,
        null,
        null,
        requests,
        outcome,
        leading,
        outcome == EmergencySelectionOutcome.ADDED ? leading.get(0) : null);
  }

  private static EmergencySnapshot added() {
    return selection(
        EmergencySelectionOutcome.ADDED,
        List.of("A"),
        List.of(
            request("A", "Floods", vote(10, "A", 1011, 491, 1002, Outcome.ADOPTED), true),
            request("B+C", "Crisis", vote(11, "B+C", 491, 200, 461, Outcome.ADOPTED), true),
            request("D", "Drought", vote(12, "D", 1200, 700, 1267, Outcome.REJECTED), false)));
  }

  @Test
  void theArithmeticOfEachRequestThenWhichIsAdded() {
    assertThat(EmergencyTexts.sentence(added(), Language.EN))
        .isEqualTo(
            "A: 1,011 yes of 1,502 cast, two-thirds needed 1,002, eligible;"
                + " B+C: 491 yes of 691 cast, two-thirds needed 461, eligible;"
                + " D: 1,200 yes of 1,900 cast, two-thirds needed 1,267, not eligible;"
                + " A is added, most yes votes among the eligible");
    assertThat(EmergencyTexts.sentence(added(), Language.FR))
        .startsWith(
            "A : 1\u202f011 oui sur 1\u202f502 voix exprimées, deux tiers requis 1\u202f002,")
        .endsWith("A est inscrite, le plus de voix pour parmi les demandes retenues");
    assertThat(EmergencyTexts.sentence(added(), Language.AR)).contains("يُدرج A");
  }

  @Test
  void aTieNamesTheTiedRequestsAndAddsNone() {
    EmergencySnapshot tie =
        selection(
            EmergencySelectionOutcome.TIE,
            List.of("A", "B"),
            List.of(
                request("A", "Floods", vote(10, "A", 20, 10, 20, Outcome.ADOPTED), true),
                request("B", "Crisis", vote(11, "B", 20, 5, 17, Outcome.ADOPTED), true)));
    assertThat(EmergencyTexts.sentence(tie, Language.EN))
        .endsWith(
            "; A, B are tied with the most yes votes among the eligible: none is added, the"
                + " presiding officer decides");
  }

  @Test
  void whileOpenEachRequestsRunningArithmeticWithoutAnOutcome() {
    EmergencySnapshot open =
        selection(
            null,
            null,
            List.of(
                request("A", "Floods", vote(10, "A", 8, 2, 7, null), null),
                request("B", "Crisis", vote(11, "B", 3, 6, 6, null), null)));
    assertThat(EmergencyTexts.sentence(open, Language.EN))
        .isEqualTo(
            "A: 8 yes of 10 cast, two-thirds needed 7; B: 3 yes of 9 cast, two-thirds needed 6");
  }

  @Test
  void theResultsAsCsvListEachRequestDelegationByDelegationThenItsTotalsAndTheOutcome()
      throws IOException {
    List<CSVRecord> rows =
        CSVFormat.RFC4180.parse(new StringReader(EmergencyResultsCsv.of(added()))).getRecords();
    assertThat(rows.get(0).toList()).isEqualTo(EmergencyResultsCsv.HEADER);
    // Three requests, two delegations that voted on each and its total, then the outcome.
    assertThat(rows).hasSize(1 + 3 * 3 + 1);
    assertThat(rows.get(1).toList())
        .containsExactly(
            "5", "A", "10", "Floods", "KE", "Kenya", "10", "1010", "491", "3", "", "", "", "", "");
    assertThat(rows.get(3).toList())
        .containsExactly(
            "5", "A", "10", "Floods", "TOTAL", "", "30", "1011", "491", "3", "1502", "1002", "true",
            "", "");
    assertThat(rows.get(4).get(1)).isEqualTo("B+C");
    assertThat(rows.get(9).get(12)).isEqualTo("false");
    assertThat(rows.get(10).toList())
        .containsExactly(
            "5",
            "A",
            "",
            "Selection of the emergency item",
            "SELECTION",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "ADDED",
            "A");
  }
}
