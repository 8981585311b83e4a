package org.ipu.assembly.web.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot.BoardEntry;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.voting.rules.MajorityRule;
import org.ipu.assembly.voting.rules.Outcome;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

  private static VoteSnapshot closed(VoteMethod method, String subject, List<BoardEntry> board) {
    LocalDateTime at = LocalDateTime.of(2027, 4, 13, 10, 0);
    return new VoteSnapshot(
        7,
        subject,
        java.util.Map.of(),
        method,
        MajorityRule.SIMPLE,
        VoteState.CLOSED,
        null,
        at,
        at.plusMinutes(5),
        null,
        null,
        2,
        2,
        30,
        new VoteSnapshot.Totals(16, 1, 3),
        9,
        Outcome.ADOPTED,
        12,
        board,
        null,
        null,
        null);
  }

  @Test
  void aVoidedResultStaysAsItWasFollowedByItsVoidLine() throws IOException {
    VoteSnapshot c =
        closed(
            VoteMethod.SECRET,
            "Election",
            List.of(new BoardEntry(1, "FR", 17, true, null, null, null)));
    VoteSnapshot voided =
        VoidedSnapshots.voided(c, LocalDateTime.of(2027, 4, 14, 9, 30), "Counting error");
    List<CSVRecord> rows = read(ResultsCsv.of(voided));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).values())
        .containsExactly("7", "Election", "SECRET", "TOTAL", "", "30", "16", "1", "3");
    assertThat(rows.get(2).values())
        .containsExactly(
            "7",
            "Election",
            "SECRET",
            "VOID",
            "Counting error (2027-04-14 09:30 UTC)",
            "",
            "",
            "",
            "");
    assertThat(read(ResultsCsv.of(c))).hasSize(2);
  }

  private static List<CSVRecord> read(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void aNamedVoteListsEachDelegationThatVotedThenTheTotals() throws IOException {
    List<BoardEntry> board =
        List.of(
            new BoardEntry(1, "FR", 17, true, 10, 1, 3),
            new BoardEntry(2, "KE", 13, true, 6, 0, 0),
            new BoardEntry(3, "BR", 20, false, null, null, null));
    List<CSVRecord> rows =
        read(ResultsCsv.of(closed(VoteMethod.ELECTRONIC, "Budget, 2028", board)));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).values()).containsExactlyElementsOf(ResultsCsv.HEADER);
    assertThat(rows.get(1).values())
        .containsExactly("7", "Budget, 2028", "ELECTRONIC", "FR", "France", "17", "10", "1", "3");
    assertThat(rows.get(2).values())
        .containsExactly("7", "Budget, 2028", "ELECTRONIC", "KE", "Kenya", "13", "6", "0", "0");
    assertThat(rows.get(3).values())
        .containsExactly("7", "Budget, 2028", "ELECTRONIC", "TOTAL", "", "30", "16", "1", "3");
  }

  @Test
  void aSecretVoteHasOnlyItsTotals() throws IOException {
    List<BoardEntry> board = List.of(new BoardEntry(1, "FR", 17, true, null, null, null));
    List<CSVRecord> rows = read(ResultsCsv.of(closed(VoteMethod.SECRET, "Election", board)));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).values())
        .containsExactly("7", "Election", "SECRET", "TOTAL", "", "30", "16", "1", "3");
  }

  @Test
  void aSubjectThatASpreadsheetWouldRunIsWrittenAsText() throws IOException {
    List<CSVRecord> rows =
        read(
            ResultsCsv.of(
                closed(VoteMethod.ELECTRONIC, "=HYPERLINK(\"http://evil\",\"x\")", List.of())));
    assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
  }
}
