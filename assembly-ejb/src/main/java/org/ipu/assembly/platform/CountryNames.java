package org.ipu.assembly.platform;

import java.util.Locale;

/**
 * Country names from the JDK's locale data, the one place the Assembly derives them: a national
 * parliament is stored by its ISO 3166-1 alpha-2 code and named in the reader's language.
 */
public final class CountryNames {

  private CountryNames() {}

  /**
   * The name of the country with the given ISO 3166-1 alpha-2 code in the given language (the code
   * itself when the JDK does not know it).
   */
  public static String of(String countryCode, Locale language) {
    return new Locale("", countryCode).getDisplayCountry(language);
  }

  /** The English name, for open data and exports that are always in English. */
  public static String english(String countryCode) {
    return of(countryCode, Locale.ENGLISH);
  }
}
