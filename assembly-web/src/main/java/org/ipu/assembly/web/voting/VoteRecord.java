package org.ipu.assembly.web.voting;

import java.text.Collator;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.voting.entity.VoteMethod;
import org.ipu.assembly.voting.entity.VoteState;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The record of a closed vote, in the reader's language: the Assembly, the subject, the method and
 * the majority, when the vote opened and closed, the result with its arithmetic as the screens say
 * it, and the delegations: for a named vote how each voted, for a secret ballot only who took part.
 * Every word comes from the resource bundles; the template is {@code vote-record.ftlx}.
 */
public final class VoteRecord {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(VoteRecord.class, "vote-record.ftlx");

  /** A line of the vote's description: "Method: Roll call". */
  public record Fact(String label, String value) {}

  /**
   * A delegation of a named vote: its usable votes and, if it voted, how.
   *
   * @param yes null when the delegation did not vote (likewise no and abstain)
   */
  public record Row(String delegation, int usableVotes, Integer yes, Integer no, Integer abstain) {
    public boolean voted() {
      return yes != null;
    }
  }

  private VoteRecord() {}

  /**
   * The template's model.
   *
   * @param vote the closed vote's snapshot, with its board
   * @param assembly the Assembly's title in the reader's language, empty if unknown
   */
  public static Map<String, Object> model(VoteSnapshot vote, String assembly, Language language) {
    if (vote.state() != VoteState.CLOSED || vote.board() == null) {
      throw new IllegalArgumentException("only a closed vote with its board has a record");
    }
    Locale locale = language.locale();
    String majority = language.text("MajorityRule." + vote.majorityRule());
    VoteSnapshot.Totals totals = vote.totals();

    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(language.text("voting.subject"), vote.subjectIn(language.code())));
    facts.add(
        new Fact(language.text("voting.method"), language.text("VoteMethod." + vote.method())));
    if (vote.rollCallLetter() != null) {
      facts.add(
          new Fact(
              language.text("record.roll-call"),
              language.text("live.roll-call-letter", vote.rollCallLetter())));
    }
    facts.add(new Fact(language.text("voting.majority"), majority));
    facts.add(new Fact(language.text("record.opened"), time(vote.openedAt(), language)));
    facts.add(new Fact(language.text("record.closed"), time(vote.closedAt(), language)));

    Comparator<String> byName = Collator.getInstance(locale)::compare;
    List<Row> rows = new ArrayList<>();
    List<String> tookPart = new ArrayList<>();
    for (VoteSnapshot.BoardEntry e : vote.board()) {
      String name = countryName(e.countryCode(), locale);
      if (vote.method().isNamed() && (e.usableVotes() > 0 || e.voted())) {
        rows.add(new Row(name, e.usableVotes(), e.yes(), e.no(), e.abstain()));
      }
      if (e.voted()) {
        tookPart.add(name);
      }
    }
    rows.sort(Comparator.comparing(Row::delegation, byName));
    tookPart.sort(byName);

    Map<String, Object> model = new HashMap<>();
    model.put("title", language.text("record.title"));
    model.put("assembly", assembly);
    model.put("number", language.text("record.number", String.valueOf(vote.voteId())));
    model.put("facts", facts);
    model.put(
        "arithmetic",
        language.text(
            "results.arithmetic",
            totals.yes(),
            totals.cast(),
            majority,
            vote.required(),
            language.text("Outcome." + vote.outcome())));
    model.put("totals", totals);
    model.put(
        "participation",
        language.text("live.delegations", vote.delegationsVoted(), vote.delegationsEligible()));
    model.put("usableVotes", language.text("record.usable-votes", vote.usableVotes()));
    model.put("named", vote.method().isNamed());
    model.put("secret", vote.method() == VoteMethod.SECRET);
    model.put("rows", rows);
    model.put("tookPart", tookPart);
    model.put(
        "voided",
        vote.voided() == null
            ? ""
            : language.text(
                "record.void", time(vote.voided().at(), language), vote.voided().reason()));
    model.put("t", texts(language));
    return model;
  }

  /** The delegation's country in the reader's language, from the JDK's locale data. */
  static String countryName(String countryCode, Locale locale) {
    return countryCode == null ? "" : new Locale("", countryCode).getDisplayCountry(locale);
  }

  static String time(LocalDateTime at, Language language) {
    if (at == null) {
      return "";
    }
    return language.text(
        "record.utc",
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
            .withLocale(language.locale())
            .format(at));
  }

  /** The fixed words of the template, by bundle key ({@code ${t["live.yes"]}}). */
  private static Map<String, String> texts(Language language) {
    return language.texts(
        "record.result",
        "record.delegations",
        "record.did-not-vote",
        "record.secret",
        "record.took-part",
        "record.none",
        "live.board.delegation",
        "live.board.usable",
        "live.yes",
        "live.no",
        "live.abstain");
  }
}
