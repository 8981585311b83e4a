package org.ipu.assembly.registration.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One difference between the delegation the Secretariat approved and the one submitted again: a
 * participant added, removed, or changed in the named fields.
 *
 * @param kind what happened to the participant
 * @param participant the participant's name
 * @param fields the fields that changed (for {@link Kind#CHANGED}), in alphabetical order
 */
public record Change(Kind kind, String participant, List<String> fields) {

  /** What happened to a participant. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(participant, "participant");
    fields = List.copyOf(fields);
  }

  /**
   * What changed from {@code before} to {@code after}: each a participant's fields by name, keyed
   * by the participant's id; the field {@code name} names them.
   */
  public static List<Change> between(
      Map<Long, Map<String, String>> before, Map<Long, Map<String, String>> after) {
    List<Change> changes = new ArrayList<>();
    for (var now : after.entrySet()) {
      Map<String, String> then = before.get(now.getKey());
      if (then == null) {
        changes.add(new Change(Kind.ADDED, name(now.getValue()), List.of()));
        continue;
      }
      TreeSet<String> fields = new TreeSet<>(then.keySet());
      fields.addAll(now.getValue().keySet());
      fields.removeIf(f -> Objects.equals(then.get(f), now.getValue().get(f)));
      if (!fields.isEmpty()) {
        changes.add(new Change(Kind.CHANGED, name(now.getValue()), List.copyOf(fields)));
      }
    }
    for (var then : before.entrySet()) {
      if (!after.containsKey(then.getKey())) {
        changes.add(new Change(Kind.REMOVED, name(then.getValue()), List.of()));
      }
    }
    return changes;
  }

  private static String name(Map<String, String> fields) {
    return Objects.requireNonNullElse(fields.get("name"), "?");
  }
}
