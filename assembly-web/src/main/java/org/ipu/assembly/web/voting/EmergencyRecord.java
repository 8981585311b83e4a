package org.ipu.assembly.web.voting;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The record of a closed selection of the emergency item (Assembly Rule 11.2), in the reader's
 * language: the Assembly, the subject, the method, when it opened and closed; the requests as
 * tabled (with those merged into another); each request's arithmetic as the screens say it (its
 * vote's yes, no and abstain, the votes cast, the two-thirds needed, eligible or not: the stored
 * numbers, never recomputed); the request added and why, the tie, or that none is eligible; and for
 * each request the delegations as an ordinary vote's record gives them (how each voted in a named
 * vote, only who took part in a secret one). Every word comes from the resource bundles; the
 * template is {@code emergency-record.ftlx}.
 */
public final class EmergencyRecord {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(EmergencyRecord.class, "emergency-record.ftlx");

  /** A request as tabled: its letter, title and sponsors (empty if none given). */
  public record Tabled(String label, String title, String sponsors) {}

  /**
   * A request that stood: as tabled, and the tabled requests merged into it.
   *
   * @param mergedFrom "merged: C, D", empty unless merged
   */
  public record Standing(Tabled request, String mergedFrom, List<Tabled> merged) {}

  /**
   * A request's result, from its vote.
   *
   * @param arithmetic the sentence the screens say ("A: 34 yes of 44 cast, two-thirds needed 30,
   *     eligible")
   * @param eligible "eligible" or "not eligible", in the reader's language
   */
  public record Result(
      String label,
      int yes,
      int no,
      int abstain,
      int cast,
      int required,
      String eligible,
      String arithmetic) {}

  /**
   * A request's delegations, as an ordinary vote's record gives them.
   *
   * @param heading "Request A: Floods in the Sahel"
   * @param participation "2 of 3 delegations have voted"
   * @param rows for a named vote, each delegation with votes or that voted, by name
   * @param tookPart for a secret vote, the delegations that took part, by name
   */
  public record Roll(
      String heading, String participation, List<VoteRecord.Row> rows, List<String> tookPart) {}

  private EmergencyRecord() {}

  /**
   * The template's model.
   *
   * @param selection the closed selection's snapshot, each request's vote with its board
   * @param assembly the Assembly's title in the reader's language, empty if unknown
   */
  public static Map<String, Object> model(
      EmergencySnapshot selection, String assembly, Language language) {
    if (selection.state() != VoteState.CLOSED || selection.outcome() == null) {
      throw new IllegalArgumentException("only a closed selection has a record");
    }
    for (EmergencySnapshot.EmergencyRequestView r : selection.requests()) {
      if (r.vote() == null || r.vote().board() == null || r.vote().totals() == null) {
        throw new IllegalArgumentException("request " + r.label() + " has no closed vote");
      }
    }
    Locale locale = language.locale();
    List<VoteRecord.Fact> facts = new ArrayList<>();
    facts.add(new VoteRecord.Fact(language.text("voting.subject"), selection.subject()));
    facts.add(
        new VoteRecord.Fact(
            language.text("voting.method"), language.text("VoteMethod." + selection.method())));
    if (selection.rollCallLetter() != null) {
      facts.add(
          new VoteRecord.Fact(
              language.text("record.roll-call"),
              language.text("live.roll-call-letter", selection.rollCallLetter())));
    }
    facts.add(
        new VoteRecord.Fact(
            language.text("voting.majority"), language.text("live.emergency.method")));
    facts.add(
        new VoteRecord.Fact(
            language.text("record.opened"), VoteRecord.time(selection.openedAt(), language)));
    facts.add(
        new VoteRecord.Fact(
            language.text("record.closed"), VoteRecord.time(selection.closedAt(), language)));

    List<Standing> requests = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    List<Roll> rolls = new ArrayList<>();
    Comparator<String> byName = Collator.getInstance(locale)::compare;
    for (EmergencySnapshot.EmergencyRequestView r : selection.requests()) {
      List<Tabled> merged =
          r.merged().stream()
              .map(m -> new Tabled(m.label(), m.title(), sponsors(m.sponsors(), language)))
              .toList();
      requests.add(
          new Standing(
              new Tabled(r.label(), r.title(), sponsors(r.sponsors(), language)),
              merged.isEmpty()
                  ? ""
                  : language.text(
                      "live.emergency.merged",
                      EmergencyTexts.join(
                          merged.stream().map(Tabled::label).toList(),
                          "live.emergency.list",
                          language)),
              merged));
      VoteSnapshot vote = r.vote();
      VoteSnapshot.Totals totals = vote.totals();
      results.add(
          new Result(
              r.label(),
              totals.yes(),
              totals.no(),
              totals.abstain(),
              totals.cast(),
              vote.required(),
              language.text(
                  Boolean.TRUE.equals(r.eligible())
                      ? "live.emergency.eligible"
                      : "live.emergency.not-eligible"),
              EmergencyTexts.arithmetic(r, true, language)));
      rolls.add(roll(r, language, byName));
    }

    Map<String, Object> model = new HashMap<>();
    model.put("title", language.text("record.emergency.title"));
    model.put("assembly", assembly);
    model.put(
        "number",
        language.text("record.emergency.number", String.valueOf(selection.selectionId())));
    model.put("facts", facts);
    model.put("requests", requests);
    model.put("results", results);
    model.put("outcome", EmergencyTexts.outcome(selection, language));
    model.put("named", selection.method().isNamed());
    model.put("rolls", rolls);
    model.put("t", texts(language));
    return model;
  }

  private static Roll roll(
      EmergencySnapshot.EmergencyRequestView r, Language language, Comparator<String> byName) {
    VoteSnapshot vote = r.vote();
    List<VoteRecord.Row> rows = new ArrayList<>();
    List<String> tookPart = new ArrayList<>();
    for (VoteSnapshot.BoardEntry e : vote.board()) {
      String name = VoteRecord.countryName(e.countryCode(), language.locale());
      if (vote.method().isNamed() && (e.usableVotes() > 0 || e.voted())) {
        rows.add(new VoteRecord.Row(name, e.usableVotes(), e.yes(), e.no(), e.abstain()));
      }
      if (e.voted()) {
        tookPart.add(name);
      }
    }
    rows.sort(Comparator.comparing(VoteRecord.Row::delegation, byName));
    tookPart.sort(byName);
    return new Roll(
        language.text("record.emergency.roll", r.label(), r.title()),
        language.text("live.delegations", vote.delegationsVoted(), vote.delegationsEligible()),
        rows,
        tookPart);
  }

  private static String sponsors(String sponsors, Language language) {
    return sponsors == null || sponsors.isBlank()
        ? ""
        : language.text("voting.emergency.sponsors", sponsors);
  }

  /** The fixed words of the template, by bundle key ({@code ${t["live.yes"]}}). */
  private static Map<String, String> texts(Language language) {
    return language.texts(
        "record.emergency.requests",
        "record.emergency.cast",
        "record.result",
        "record.delegations",
        "record.did-not-vote",
        "record.secret",
        "record.took-part",
        "record.none",
        "live.emergency.request",
        "live.emergency.required",
        "live.emergency.result",
        "live.board.delegation",
        "live.board.usable",
        "live.yes",
        "live.no",
        "live.abstain");
  }
}
