package org.ipu.assembly.web.voting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.voting.control.EmergencySnapshot;
import org.ipu.assembly.voting.control.VoteSnapshot;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * An emergency item selection's arithmetic in words, in a language, with the same bundle keys the
 * live screens use ({@code live.emergency.*}): "A: 1,011 yes of 1,502 cast, two-thirds needed
 * 1,002, eligible; B: ...; A is added, most yes votes among the eligible".
 */
public final class EmergencyTexts {

  private EmergencyTexts() {}

  /** Each request's arithmetic, then (once closed) the outcome; empty before it opens. */
  public static String sentence(EmergencySnapshot selection, Language language) {
    List<String> clauses = new ArrayList<>();
    boolean closed = selection.outcome() != null;
    for (EmergencySnapshot.EmergencyRequestView r : selection.requests()) {
      String clause = arithmetic(r, closed, language);
      if (!clause.isEmpty()) {
        clauses.add(clause);
      }
    }
    if (closed) {
      clauses.add(outcome(selection, language));
    }
    return join(clauses, "live.emergency.join", language);
  }

  /**
   * A request's arithmetic ("A: 1,011 yes of 1,502 cast, two-thirds needed 1,002", and once closed
   * whether it is eligible), from its vote's numbers; empty if it has none yet.
   */
  public static String arithmetic(
      EmergencySnapshot.EmergencyRequestView r, boolean closed, Language language) {
    VoteSnapshot v = r.vote();
    if (v == null || v.totals() == null || v.required() == null) {
      return "";
    }
    NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
    String yes = numbers.format(v.totals().yes());
    String cast = numbers.format(v.totals().cast());
    String required = numbers.format(v.required());
    return closed
        ? language.text(
            "live.emergency.arithmetic.closed",
            r.label(),
            yes,
            cast,
            required,
            language.text(
                Boolean.TRUE.equals(r.eligible())
                    ? "live.emergency.eligible"
                    : "live.emergency.not-eligible"))
        : language.text("live.emergency.arithmetic", r.label(), yes, cast, required);
  }

  /**
   * A closed selection's outcome: the request added and why, the tie among the eligible, or that
   * none is eligible.
   */
  public static String outcome(EmergencySnapshot selection, Language language) {
    return language.text(
        "live.emergency.outcome." + selection.outcome().name(),
        join(selection.leadingRequests(), "live.emergency.list", language));
  }

  /** The texts joined two by two with the bundle's pattern ({0}; {1}). */
  static String join(List<String> texts, String pattern, Language language) {
    String joined = "";
    for (String text : texts) {
      joined = joined.isEmpty() ? text : language.text(pattern, joined, text);
    }
    return joined;
  }
}
