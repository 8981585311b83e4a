package org.ipu.assembly.web.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipu.assembly.platform.CountryNames;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.web.platform.csv.SpreadsheetCsv;

/**
 * A closed emergency item selection as open data in CSV: for each request, delegation by delegation
 * (those that voted on it), then its totals with the votes cast, the two-thirds needed and whether
 * it is eligible; last the selection's outcome and its leading requests (the one added, or those
 * tied, separated by ";").
 */
final class EmergencyResultsCsv {

  static final List<String> HEADER =
      List.of(
          "selection",
          "request",
          "vote",
          "title",
          "delegation",
          "name",
          "usable_votes",
          "yes",
          "no",
          "abstain",
          "cast",
          "required",
          "eligible",
          "outcome",
          "leading");

  private EmergencyResultsCsv() {}

  static String of(EmergencySnapshot s) {
    List<List<?>> rows = new ArrayList<>();
    for (EmergencySnapshot.EmergencyRequestView r : s.requests()) {
      VoteSnapshot v = r.vote();
      for (VoteSnapshot.BoardEntry e : v.board()) {
        if (e.voted()) {
          rows.add(
              Arrays.asList(
                  s.selectionId(),
                  r.label(),
                  v.voteId(),
                  r.title(),
                  e.countryCode(),
                  CountryNames.english(e.countryCode()),
                  e.usableVotes(),
                  e.yes(),
                  e.no(),
                  e.abstain(),
                  null,
                  null,
                  null,
                  null,
                  null));
        }
      }
      rows.add(
          Arrays.asList(
              s.selectionId(),
              r.label(),
              v.voteId(),
              r.title(),
              "TOTAL",
              "",
              v.usableVotes(),
              v.totals().yes(),
              v.totals().no(),
              v.totals().abstain(),
              v.totals().cast(),
              v.required(),
              String.valueOf(r.eligible()),
              null,
              null));
    }
    rows.add(
        Arrays.asList(
            s.selectionId(),
            s.added(),
            null,
            s.subject(),
            "SELECTION",
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            s.outcome().name(),
            String.join(";", s.leadingRequests())));
    return SpreadsheetCsv.write(HEADER, rows);
  }
}
