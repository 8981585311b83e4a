package org.ipu.assembly.platform.mail;

import java.util.Objects;

/**
 * A mail's words: resource bundle {@code bundle} (one file per language: {@code _fr}, {@code _es},
 * {@code _ar}, English without a suffix) with keys {@code <name>.subject} and {@code <name>.body},
 * {@link java.text.MessageFormat} patterns filled with the letter's values.
 */
public record MailTemplate(String bundle, String name) {

  public MailTemplate {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(name, "name");
  }

  String subjectKey() {
    return name + ".subject";
  }

  String bodyKey() {
    return name + ".body";
  }
}
