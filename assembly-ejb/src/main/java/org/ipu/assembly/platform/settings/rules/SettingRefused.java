package org.ipu.assembly.platform.settings.rules;

import java.util.List;

/**
 * A value a setting does not accept, with a stable code {@code settings.<key>.<problem>} (or {@code
 * settings.<problem>} when no single setting is concerned) and the values its message needs.
 */
public class SettingRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient List<Object> arguments;

  SettingRefused(String key, String problem, Object... arguments) {
    super((key == null ? "settings." : "settings." + key + ".") + problem);
    this.code = getMessage();
    this.arguments = List.of(arguments);
  }

  /** A refusal about no one setting, for example an unknown key. */
  static SettingRefused general(String problem, Object... arguments) {
    return new SettingRefused(null, problem, arguments);
  }

  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
