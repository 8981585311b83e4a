package org.ipu.assembly.amendments.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts, word by word (longest common subsequence), as kept, deleted and
 * inserted runs; deletions come before the insertions that replace them. Paragraphs are bounded
 * ({@link TextLimits}), so the quadratic table stays small.
 */
public final class WordDiff {

  private WordDiff() {}

  public static List<Segment> between(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            before.get(i).equals(after.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Segment> segments = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    List<String> inserted = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && before.get(i).equals(after.get(j))) {
        flush(segments, deleted, inserted);
        kept.add(before.get(i));
        i++;
        j++;
      } else {
        flushKept(segments, kept);
        if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
          deleted.add(before.get(i++));
        } else {
          inserted.add(after.get(j++));
        }
      }
    }
    flushKept(segments, kept);
    flush(segments, deleted, inserted);
    return segments;
  }

  /** How many words an edit from {@code before} to {@code after} removes and adds. */
  public static int distance(List<String> before, List<String> after) {
    int changed = 0;
    for (Segment segment : between(before, after)) {
      if (segment.kind() != Segment.Kind.KEPT) {
        changed += segment.words().size();
      }
    }
    return changed;
  }

  private static void flushKept(List<Segment> segments, List<String> kept) {
    if (!kept.isEmpty()) {
      segments.add(new Segment(Segment.Kind.KEPT, kept));
      kept.clear();
    }
  }

  private static void flush(List<Segment> segments, List<String> deleted, List<String> inserted) {
    if (!deleted.isEmpty()) {
      segments.add(new Segment(Segment.Kind.DELETED, deleted));
      deleted.clear();
    }
    if (!inserted.isEmpty()) {
      segments.add(new Segment(Segment.Kind.INSERTED, inserted));
      inserted.clear();
    }
  }
}
