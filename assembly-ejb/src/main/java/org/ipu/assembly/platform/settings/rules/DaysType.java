package org.ipu.assembly.platform.settings.rules;

import java.time.Duration;
import java.util.List;

/** A whole number of days within bounds, read by the components as a {@link Duration}. */
public record DaysType(int min, int max) implements SettingType<Duration> {

  private WholeNumberType days() {
    return new WholeNumberType(min, max);
  }

  @Override
  public List<String> problems() {
    return List.of("invalid");
  }

  @Override
  public String name() {
    return "days";
  }

  @Override
  public Duration read(String key, Object given) {
    return Duration.ofDays(days().read(key, given));
  }

  @Override
  public void check(String key, Duration value) {
    if (value == null
        || !value.equals(Duration.ofDays(value.toDays()))
        || value.toDays() < min
        || value.toDays() > max) {
      throw new SettingRefused(key, "invalid", min, max);
    }
  }

  @Override
  public Object shown(Duration value) {
    return value.toDays();
  }

  @Override
  public String encode(Duration value) {
    return Long.toString(value.toDays());
  }

  @Override
  public Duration decode(String key, String stored) {
    return Duration.ofDays(days().decode(key, stored));
  }
}
