package org.ipu.assembly.web.platform.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** A language the Assembly is used in, and the words of the resource bundle in it. */
public enum Language {
  EN("en", false),
  FR("fr", false),
  ES("es", false),
  AR("ar", true);

  public static final String BUNDLE = "org.ipu.assembly.web.messages";

  private final Locale locale;
  private final boolean rightToLeft;

  /**
   * One kind of digit in every language: Western (0-9). Browsers write Arabic numbers and dates
   * with them, and so do Java's date formats; Java's number formats would write Arabic-Indic ones
   * unless told (the Unicode extension {@code nu-latn}), and one page would mix both.
   */
  Language(String code, boolean rightToLeft) {
    this.locale = Locale.forLanguageTag(code + "-u-nu-latn");
    this.rightToLeft = rightToLeft;
  }

  public String code() {
    return locale.getLanguage();
  }

  public Locale locale() {
    return locale;
  }

  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }

  /** The language's own name for itself (English, français, español, العربية). */
  public String ownName() {
    return locale.getDisplayLanguage(locale);
  }

  public static Optional<Language> byCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
  }

  /**
   * The languages an {@code Accept-Language} header asks for, most wanted first; none when it is
   * missing or malformed ({@code en;q=2}, {@code fr;q=NaN}): a bad header never fails a request,
   * its answer comes in English.
   */
  public static List<Locale> acceptable(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(acceptLanguage).stream()
          .map(range -> Locale.forLanguageTag(range.getRange()))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }

  /** The best supported language for the client's preferences, English when none fits. */
  public static Language bestFor(Iterator<Locale> preferences) {
    while (preferences != null && preferences.hasNext()) {
      Optional<Language> match = byCode(preferences.next().getLanguage());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return EN;
  }

  /**
   * The language an API request asks for with {@code ?lang=} (en, fr, es, ar), else the best by its
   * {@code Accept-Language}.
   */
  public static Language of(String lang, HttpHeaders request) {
    return byCode(lang == null ? "" : lang).orElseGet(() -> of(request));
  }

  /** The best language for an API request, by its {@code Accept-Language} (English if none). */
  public static Language of(HttpHeaders request) {
    return bestFor(acceptable(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).iterator());
  }

  /** The bundle texts for these keys, by key: the fixed words of a document's template. */
  public Map<String, String> texts(String... keys) {
    Map<String, String> texts = new HashMap<>();
    for (String key : keys) {
      texts.put(key, text(key));
    }
    return texts;
  }

  /**
   * The bundle text for {@code key}, formatted with {@code arguments}; the key itself if absent.
   */
  public String text(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException missing) {
      return key;
    }
  }
}
