package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.Conflicts.Tabled;

/**
 * The order in which the committee votes on the amendments: paragraph by paragraph in the order of
 * the draft; within a paragraph, amendments that touch the same words one after the other, the one
 * furthest from the original first (deleting the paragraph is furthest; then the more words it
 * removes and adds); identical amendments together; the earlier tabled first when equally far; new
 * paragraphs after the amendments to the paragraph they follow. The presiding officer may reorder.
 */
public final class VotingOrder {

  private VotingOrder() {}

  /** How far an amendment takes its paragraph from the original, in words. */
  public static int distance(Change change) {
    if (change instanceof ParagraphDeletion) {
      return Integer.MAX_VALUE;
    }
    if (change instanceof NewParagraph added) {
      return added.words().size();
    }
    WordChange words = (WordChange) change;
    return WordDiff.distance(words.expected(), words.replacement());
  }

  /**
   * The proposed order of {@code amendments} on a draft whose paragraphs are {@code paragraphs}.
   */
  public static List<Long> proposed(List<String> paragraphs, List<Tabled> amendments) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      position.put(paragraphs.get(i), i);
    }
    Map<Integer, List<Tabled>> byParagraph = new HashMap<>();
    for (Tabled amendment : amendments) {
      int at = position.getOrDefault(amendment.change().paragraphId(), paragraphs.size());
      byParagraph.computeIfAbsent(at, k -> new ArrayList<>()).add(amendment);
    }
    List<Long> order = new ArrayList<>();
    byParagraph.keySet().stream()
        .sorted()
        .forEach(at -> order.addAll(withinParagraph(byParagraph.get(at))));
    return order;
  }

  private static List<Long> withinParagraph(List<Tabled> amendments) {
    List<Tabled> sorted = new ArrayList<>(amendments);
    sorted.sort(Comparator.comparingLong(Tabled::id));
    List<Tabled> onText = new ArrayList<>();
    List<Tabled> added = new ArrayList<>();
    for (Tabled amendment : sorted) {
      (amendment.change() instanceof NewParagraph ? added : onText).add(amendment);
    }
    // clusters of amendments that touch the same words (directly or through another)
    List<List<Tabled>> clusters = new ArrayList<>();
    for (Tabled amendment : onText) {
      List<Tabled> joined = new ArrayList<>(List.of(amendment));
      for (var it = clusters.iterator(); it.hasNext(); ) {
        List<Tabled> cluster = it.next();
        if (cluster.stream().anyMatch(other -> together(amendment, other))) {
          joined.addAll(cluster);
          it.remove();
        }
      }
      clusters.add(joined);
    }
    clusters.sort(
        Comparator.comparingInt(VotingOrder::start).thenComparingLong(VotingOrder::first));
    List<Long> order = new ArrayList<>();
    for (List<Tabled> cluster : clusters) {
      order.addAll(furthestFirst(cluster));
    }
    order.addAll(furthestFirst(added));
    return order;
  }

  private static boolean together(Tabled a, Tabled b) {
    return Conflicts.conflict(a, b) || Conflicts.identical(a, b);
  }

  private static List<Long> furthestFirst(List<Tabled> cluster) {
    Map<Long, Long> group = new HashMap<>();
    for (Tabled amendment : cluster) {
      long first = amendment.id();
      for (Tabled other : cluster) {
        if (Conflicts.identical(amendment, other) && other.id() < first) {
          first = other.id();
        }
      }
      group.put(amendment.id(), first);
    }
    List<Tabled> sorted = new ArrayList<>(cluster);
    sorted.sort(
        Comparator.comparingInt((Tabled t) -> distance(t.change()))
            .reversed()
            .thenComparingLong(t -> group.get(t.id()))
            .thenComparingLong(Tabled::id));
    return sorted.stream().map(Tabled::id).toList();
  }

  private static int start(List<Tabled> cluster) {
    return cluster.stream()
        .mapToInt(t -> t.change() instanceof WordChange w ? w.from() : -1)
        .min()
        .orElse(0);
  }

  private static long first(List<Tabled> cluster) {
    return cluster.stream().mapToLong(Tabled::id).min().orElse(0);
  }

  /**
   * The presiding officer's order kept, amendments tabled since placed after the one they follow in
   * the proposed order, amendments gone dropped.
   */
  public static List<Long> reordered(List<Long> proposed, List<Long> chosen) {
    Set<Long> existing = new LinkedHashSet<>(proposed);
    List<Long> order = new ArrayList<>();
    for (Long id : chosen) {
      if (existing.contains(id) && !order.contains(id)) {
        order.add(id);
      }
    }
    for (int i = 0; i < proposed.size(); i++) {
      Long id = proposed.get(i);
      if (!order.contains(id)) {
        int at = i == 0 ? 0 : order.indexOf(proposed.get(i - 1)) + 1;
        order.add(at, id);
      }
    }
    return order;
  }

  /** Whether {@code chosen} is an order of exactly the amendments {@code proposed} holds. */
  public static boolean sameAmendments(List<Long> proposed, List<Long> chosen) {
    return chosen.size() == proposed.size()
        && new LinkedHashSet<>(chosen).size() == chosen.size()
        && new LinkedHashSet<>(proposed).containsAll(chosen);
  }
}
