package org.ipu.assembly.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Map;
import org.ipu.assembly.platform.CountryNames;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * A parliament or parliamentary body. A national parliament is known by its country's ISO 3166-1
 * code and named from the JDK's locale data in any language; a regional body carries its own names
 * in the four interpretation languages.
 */
@Entity
@Table(name = "parliament")
public class Parliament extends VersionedEntity {

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_fr")
  private String nameFr;

  @Column(name = "name_es")
  private String nameEs;

  @Column(name = "name_ar")
  private String nameAr;

  protected Parliament() {}

  /** A national parliament, named by its country. */
  public static Parliament ofCountry(String countryCode) {
    if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + countryCode);
    }
    Parliament parliament = new Parliament();
    parliament.countryCode = countryCode;
    return parliament;
  }

  /** A parliamentary body that is not a country's, with its names in en, fr, es and ar. */
  public static Parliament ofBody(Map<String, String> names) {
    String english = names.get("en");
    if (english == null || english.isBlank()) {
      throw new IllegalArgumentException("a parliamentary body needs at least an English name");
    }
    Parliament parliament = new Parliament();
    parliament.nameEn = english;
    parliament.nameFr = names.get("fr");
    parliament.nameEs = names.get("es");
    parliament.nameAr = names.get("ar");
    return parliament;
  }

  /** The name in the given language, falling back to English. */
  public String name(Locale locale) {
    if (countryCode != null) {
      return CountryNames.of(countryCode, locale);
    }
    String name =
        switch (locale.getLanguage()) {
          case "fr" -> nameFr;
          case "es" -> nameEs;
          case "ar" -> nameAr;
          default -> nameEn;
        };
    return name == null || name.isBlank() ? nameEn : name;
  }

  public String getCountryCode() {
    return countryCode;
  }
}
