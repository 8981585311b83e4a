package org.ipu.assembly.web.amendments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.CoSponsorView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.control.Views.ListedAmendment;
import org.ipu.assembly.amendments.control.Views.ListedParagraph;
import org.ipu.assembly.amendments.control.Views.ParliamentName;
import org.ipu.assembly.amendments.control.Views.SegmentView;

/** Consolidated lists made by hand, for the document's tests and its benchmark. */
final class ConsolidatedLists {

  private ConsolidatedLists() {}

  static DraftView draft(String title, int amendments) {
    return new DraftView(
        7,
        3,
        "SUSTAINABLE_DEVELOPMENT",
        title,
        title,
        title,
        null,
        null,
        "A. Rapporteur, B. Rapporteur",
        Instant.parse("2026-10-04T16:00:00Z"),
        "Europe/Zurich",
        "2026-10-04T18:00:00+02:00",
        false,
        "PUBLISHED",
        2,
        amendments,
        List.of());
  }

  static AmendmentView amendment(
      int number, String sponsor, String citation, String kept, String deleted, String inserted) {
    return new AmendmentView(
        number,
        0,
        7,
        number,
        new ParliamentName(number, "FR", sponsor),
        List.of(
            new CoSponsorView(100, "KE", "Kenya", true),
            new CoSponsorView(101, "JP", "Japon", false)),
        "fr",
        "WORDS",
        1,
        citation,
        1,
        2,
        3,
        deleted,
        inserted,
        null,
        "Parce que <b>c’est</b> mieux & plus clair.",
        "TABLED",
        number == 2,
        false,
        List.of(
            new SegmentView("KEPT", kept),
            new SegmentView("DELETED", deleted),
            new SegmentView("INSERTED", inserted)),
        List.of(),
        Instant.parse("2026-09-20T10:00:00Z"),
        null);
  }

  /** A list of {@code count} amendments spread over ten paragraphs. */
  static ConsolidatedList of(int count, String text, String sponsor) {
    List<ListedParagraph> paragraphs = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    int perParagraph = Math.max(1, count / 10);
    int number = 1;
    for (int p = 1; p <= 10; p++) {
      List<ListedAmendment> amendments = new ArrayList<>();
      for (int i = 0; i < perParagraph && number <= count; i++, number++) {
        amendments.add(
            new ListedAmendment(
                amendment(number, sponsor, "OP" + p, text, "changement", "transformation"),
                number,
                number % 7 == 0 ? List.of(number - 1) : List.of(),
                List.of(),
                null,
                List.of()));
        order.add(number);
      }
      paragraphs.add(new ListedParagraph(p, "OPERATIVE", "OP" + p, p + ".", text, amendments));
    }
    return new ConsolidatedList(
        draft("Le rôle des parlements face au changement climatique", count),
        "fr",
        count,
        paragraphs,
        List.of(),
        order,
        false);
  }
}
