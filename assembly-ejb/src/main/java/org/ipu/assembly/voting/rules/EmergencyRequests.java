package org.ipu.assembly.voting.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The requests for an emergency item that one roll call decides (Assembly Rule 11.2): lettered as
 * they are tabled, and merged when their sponsors agree to merge requests on the same subject (Rule
 * 11.2(c)), so that the merged requests are voted as one. The list is in agenda order: a merged
 * request stands where the first of its requests stood.
 */
public final class EmergencyRequests {

  /** At most one request per letter of the alphabet. */
  public static final int MAX_REQUESTS = 26;

  private EmergencyRequests() {}

  /** A request as its sponsors table it. */
  public record Tabling(String title, String sponsors) {
    public Tabling {
      Checks.notNull(title, "title");
      Checks.notNull(sponsors, "sponsors");
    }
  }

  /**
   * The requests as tabled, lettered A, B, C, ... in order.
   *
   * @throws IllegalArgumentException with no request or more than {@value #MAX_REQUESTS}
   */
  public static List<EmergencyRequest> tabled(List<Tabling> tablings) {
    List<Tabling> all = Checks.noNulls(tablings, "tablings");
    if (all.isEmpty() || all.size() > MAX_REQUESTS) {
      throw new IllegalArgumentException(
          "from 1 to " + MAX_REQUESTS + " requests, not " + all.size());
    }
    List<EmergencyRequest> requests = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      requests.add(
          EmergencyRequest.tabled(
              String.valueOf((char) ('A' + i)), all.get(i).title(), all.get(i).sponsors()));
    }
    return List.copyOf(requests);
  }

  /**
   * The requests after merging some of them into one (Rule 11.2(c)): the merged request stands for
   * every tabled request of those merged, where the first of them stood; its title is the one
   * given, or else the first one's; its sponsors are theirs, each once, in order. The order of
   * {@code labels} does not matter.
   *
   * @param requests the requests as they stand, in agenda order
   * @param labels two or more labels of {@code requests}
   * @param title the merged request's title, or null for the first merged request's
   * @throws IllegalArgumentException with fewer than two distinct labels, or one not in {@code
   *     requests}
   */
  public static List<EmergencyRequest> merge(
      List<EmergencyRequest> requests, Collection<String> labels, String title) {
    List<EmergencyRequest> all = Checks.noNulls(requests, "requests");
    Set<String> tabledLetters = new TreeSet<>();
    for (EmergencyRequest r : all) {
      for (String letter : r.tabled()) {
        if (!tabledLetters.add(letter)) {
          throw new IllegalArgumentException("tabled request " + letter + " stands twice");
        }
      }
    }
    Set<String> merging = new LinkedHashSet<>(Checks.noNulls(labels, "labels"));
    if (merging.size() < 2) {
      throw new IllegalArgumentException("merge two or more requests, not " + merging);
    }
    for (String label : merging) {
      if (all.stream().noneMatch(r -> r.label().equals(label))) {
        throw new IllegalArgumentException("no request " + label + " to merge");
      }
    }
    List<EmergencyRequest> merged = all.stream().filter(r -> merging.contains(r.label())).toList();
    TreeSet<String> letters = new TreeSet<>();
    Set<String> sponsors = new LinkedHashSet<>();
    for (EmergencyRequest r : merged) {
      letters.addAll(r.tabled());
      for (String sponsor : r.sponsors().split(";")) {
        if (!sponsor.isBlank()) {
          sponsors.add(sponsor.strip());
        }
      }
    }
    EmergencyRequest into =
        new EmergencyRequest(
            String.join("+", letters),
            title == null ? merged.get(0).title() : title,
            String.join("; ", sponsors),
            List.copyOf(letters));
    List<EmergencyRequest> result = new ArrayList<>();
    for (EmergencyRequest r : all) {
      if (r == merged.get(0)) {
        result.add(into);
      } else if (!merging.contains(r.label())) {
        result.add(r);
      }
    }
    return List.copyOf(result);
  }

  /** The labels of the requests, in agenda order: what {@link EmergencyItemSelection} decides. */
  public static List<String> labels(List<EmergencyRequest> requests) {
    return Checks.noNulls(requests, "requests").stream().map(EmergencyRequest::label).toList();
  }
}
