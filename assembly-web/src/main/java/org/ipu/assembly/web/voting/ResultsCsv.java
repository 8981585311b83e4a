package org.ipu.assembly.web.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipu.assembly.platform.CountryNames;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.web.platform.csv.SpreadsheetCsv;

/**
 * A closed vote's result as open data in CSV: delegation by delegation for a named vote (those that
 * voted), then the totals; only the totals for a secret one. A result voided after the fact stays
 * as it was, followed by a {@value #VOID} line with the reason and when it was voided (UTC).
 */
final class ResultsCsv {

  static final List<String> HEADER =
      List.of(
          "vote",
          "subject",
          "method",
          "delegation",
          "name",
          "usable_votes",
          "yes",
          "no",
          "abstain");

  /** The delegation column's word on the line that marks a voided result. */
  static final String VOID = "VOID";

  private ResultsCsv() {}

  static String of(VoteSnapshot s) {
    List<List<?>> rows = new ArrayList<>();
    if (s.method().isNamed()) {
      for (VoteSnapshot.BoardEntry e : s.board()) {
        if (e.voted()) {
          rows.add(
              Arrays.asList(
                  s.voteId(),
                  s.subject(),
                  s.method().name(),
                  e.countryCode(),
                  CountryNames.english(e.countryCode()),
                  e.usableVotes(),
                  e.yes(),
                  e.no(),
                  e.abstain()));
        }
      }
    }
    rows.add(
        Arrays.asList(
            s.voteId(),
            s.subject(),
            s.method().name(),
            "TOTAL",
            "",
            s.usableVotes(),
            s.totals().yes(),
            s.totals().no(),
            s.totals().abstain()));
    if (s.voided() != null) {
      rows.add(
          Arrays.asList(
              s.voteId(),
              s.subject(),
              s.method().name(),
              VOID,
              s.voided().reason() + " (" + VotingTimes.utc(s.voided().at()) + ")",
              "",
              "",
              "",
              ""));
    }
    return SpreadsheetCsv.write(HEADER, rows);
  }
}
