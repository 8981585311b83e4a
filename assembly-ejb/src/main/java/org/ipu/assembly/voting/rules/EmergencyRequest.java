package org.ipu.assembly.voting.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A request for the inclusion of an emergency item, as it is voted (Assembly Rule 11.2): its label,
 * title and sponsors, and the requests as tabled that it stands for. A request as tabled has a
 * letter (A, B, C, ... in the order they were tabled) and stands for itself; requests on the same
 * subject that their sponsors merged (Rule 11.2(c)) are voted as one request labelled with their
 * letters joined by "+" in tabling order ("B+C"), which stands for each of them.
 *
 * @param label its letter, or the letters of the requests merged into it
 * @param title what the emergency item would be
 * @param sponsors who tabled it (free text, may be empty), those of merged requests joined by "; "
 * @param tabled the letters of the requests as tabled that it stands for, in tabling order: its own
 *     letter alone unless it was merged
 */
public record EmergencyRequest(String label, String title, String sponsors, List<String> tabled) {

  private static final Pattern LETTER = Pattern.compile("[A-Z]");

  public EmergencyRequest {
    Checks.notNull(label, "label");
    Checks.notNull(title, "title");
    Checks.notNull(sponsors, "sponsors");
    tabled = Checks.noNulls(tabled, "tabled");
    if (tabled.isEmpty() || !tabled.stream().allMatch(l -> LETTER.matcher(l).matches())) {
      throw new IllegalArgumentException("a request stands for tabled letters, not " + tabled);
    }
    if (!tabled.equals(tabled.stream().distinct().sorted().toList())) {
      throw new IllegalArgumentException("tabled letters in order, each once: " + tabled);
    }
    if (!label.equals(String.join("+", tabled))) {
      throw new IllegalArgumentException("label " + label + " is not the letters " + tabled);
    }
  }

  /** A request as tabled, standing for itself. */
  public static EmergencyRequest tabled(String letter, String title, String sponsors) {
    return new EmergencyRequest(letter, title, sponsors, List.of(letter));
  }

  /** Whether its sponsors merged it from several tabled requests (Rule 11.2(c)). */
  public boolean merged() {
    return tabled.size() > 1;
  }

  /** The letter that stands first: unique among the requests of one vote. */
  public String firstLetter() {
    return tabled.get(0);
  }
}
