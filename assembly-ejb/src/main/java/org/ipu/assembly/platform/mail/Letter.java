package org.ipu.assembly.platform.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mail to post: to whom, in which of the Assembly's languages ({@code en}, {@code fr}, {@code
 * es}, {@code ar}), from which template, with which values ({@code {0}}, {@code {1}}, ... in the
 * template).
 */
public record Letter(
    String recipient, String language, MailTemplate template, List<Object> values) {

  public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "ar");

  public Letter {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(template, "template");
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("not a language of the Assembly: " + language);
    }
    values = List.copyOf(values);
  }

  public static Letter to(
      String recipient, String language, MailTemplate template, Object... values) {
    return new Letter(recipient, language, template, Arrays.asList(values));
  }
}
