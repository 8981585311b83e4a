package org.ipu.assembly.platform.settings.rules;

/**
 * A kind of setting value: how a value given by a person (the shapes JSON has in Java: {@link
 * Number}, {@link String}, {@link java.util.List}, {@link java.util.Map}) is read and checked, how
 * it is shown to them, and how it is stored as text. Each kind names its problems, which become the
 * codes {@code settings.<key>.<problem>}.
 *
 * @param <T> the typed value the components read
 */
public sealed interface SettingType<T> permits WholeNumberType, DaysType, PopulationTableType {

  /** The kind's name for clients and pages: {@code whole-number}, {@code days}, ... */
  String name();

  /** The problems this kind refuses with: the last part of its codes, each needing a text. */
  java.util.List<String> problems();

  /**
   * The typed value of what a person gave, checked.
   *
   * @throws SettingRefused naming the problem (with {@code key} in its code)
   */
  T read(String key, Object given);

  /**
   * Throws {@link SettingRefused} unless the value is acceptable (used on defaults and decoding).
   */
  void check(String key, T value);

  /** The value in JSON's shapes (numbers, lists, maps), as {@link #read} accepts it. */
  Object shown(T value);

  /** The value as stored text. */
  String encode(T value);

  /** The value from stored text, checked. */
  T decode(String key, String stored);
}
