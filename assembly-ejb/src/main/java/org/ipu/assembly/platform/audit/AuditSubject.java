package org.ipu.assembly.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an audit chain is about: a path of (type, id) steps, written {@code vote:42} or {@code
 * vote:42/delegation:7}. Each subject has one chain. Types are lower-case words, ids letters,
 * digits, {@code . _ -}: a key never needs escaping.
 */
public record AuditSubject(List<Step> steps) implements Comparable<AuditSubject> {

  /** The longest key, as the database column holds it. */
  public static final int MAX_KEY_LENGTH = 200;

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** One step of the path. */
  public record Step(String type, String id) {
    public Step {
      if (type == null || !TYPE.matcher(type).matches()) {
        throw new IllegalArgumentException("audit subject type: " + type);
      }
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("audit subject id: " + id);
      }
    }
  }

  public AuditSubject {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("an audit subject has at least one step");
    }
    if (keyOf(steps).length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("audit subject longer than " + MAX_KEY_LENGTH);
    }
  }

  /** A top-level subject, e.g. {@code of("vote", 42)}. */
  public static AuditSubject of(String type, Object id) {
    return new AuditSubject(List.of(new Step(type, String.valueOf(id))));
  }

  /** A subject within this one, e.g. {@code vote:42/delegation:7}. */
  public AuditSubject then(String type, Object id) {
    List<Step> longer = new ArrayList<>(steps);
    longer.add(new Step(type, String.valueOf(id)));
    return new AuditSubject(longer);
  }

  /** The subject read back from its key; empty if the key is not one. */
  public static Optional<AuditSubject> parse(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return Optional.empty();
    }
    try {
      List<Step> steps = new ArrayList<>();
      for (String step : key.split("/", -1)) {
        int colon = step.indexOf(':');
        if (colon < 0) {
          return Optional.empty();
        }
        steps.add(new Step(step.substring(0, colon), step.substring(colon + 1)));
      }
      return Optional.of(new AuditSubject(steps));
    } catch (IllegalArgumentException notASubject) {
      return Optional.empty();
    }
  }

  /** {@code vote:42/delegation:7}. */
  public String key() {
    return keyOf(steps);
  }

  /** {@code vote/delegation}: the kind of subject, whatever its ids. */
  public String type() {
    return steps.stream().map(Step::type).collect(Collectors.joining("/"));
  }

  /** The last step's id: {@code 7} for {@code vote:42/delegation:7}. */
  public String id() {
    return steps.get(steps.size() - 1).id();
  }

  /** The first step alone: {@code vote:42} for {@code vote:42/delegation:7}. */
  public AuditSubject root() {
    return new AuditSubject(steps.subList(0, 1));
  }

  /** The subject one step up, if any. */
  public Optional<AuditSubject> parent() {
    return steps.size() == 1
        ? Optional.empty()
        : Optional.of(new AuditSubject(steps.subList(0, steps.size() - 1)));
  }

  private static String keyOf(List<Step> steps) {
    return steps.stream().map(s -> s.type() + ":" + s.id()).collect(Collectors.joining("/"));
  }

  @Override
  public int compareTo(AuditSubject other) {
    return key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return key();
  }
}
