package org.ipu.assembly.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.CompositionEntry;
import org.ipu.assembly.registration.boundary.EarlierCompositions;
import org.ipu.assembly.roster.boundary.Assemblies;
import org.ipu.assembly.roster.boundary.NewAssembly;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/assemblies.xhtml}: the Assemblies, setting up a new one (its membership and
 * settings start as the last one's), making one current, and entering the delegations' compositions
 * at an Assembly held before the system.
 */
@Named
@ViewScoped
public class AssembliesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An Assembly's row, worded in the page's language and held by value. */
  public record Row(
      long id,
      int number,
      String place,
      String dates,
      boolean current,
      boolean earlier,
      long version)
      implements Serializable {}

  /** A Member's composition at the earlier Assembly shown, as typed. */
  public static final class CompositionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long parliamentId;
    private final String name;
    private final String source;
    private Integer women;
    private Integer men;

    CompositionRow(long parliamentId, String name, String source, int women, int men) {
      this.parliamentId = parliamentId;
      this.name = name;
      this.source = source;
      this.women = women;
      this.men = men;
    }

    public long getParliamentId() {
      return parliamentId;
    }

    public String getName() {
      return name;
    }

    public String getSource() {
      return source;
    }

    public boolean isRegistered() {
      return source.equals("REGISTERED");
    }

    public Integer getWomen() {
      return women;
    }

    public void setWomen(Integer women) {
      this.women = women;
    }

    public Integer getMen() {
      return men;
    }

    public void setMen(Integer men) {
      this.men = men;
    }
  }

  /** A country to choose as the host, named in the page's language. */
  public record Country(String code, String name) implements Serializable {}

  @Inject private Assemblies assemblies;
  @Inject private EarlierCompositions compositions;
  @Inject private LanguageBacking language;

  private List<Row> rows;
  private Row shown;
  private List<CompositionRow> compositionRows;

  private Integer number;
  private String city;
  private String cityFr;
  private String cityEs;
  private String cityAr;
  private String countryCode;
  private String opensOn;
  private String closesOn;

  @PostConstruct
  void load() {
    List<AssemblySession> all = assemblies.all();
    LocalDate current =
        all.stream()
            .filter(AssemblySession::isCurrent)
            .map(AssemblySession::getOpensOn)
            .findFirst()
            .orElse(LocalDate.MAX);
    Locale locale = language.getLocale();
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    rows =
        all.stream()
            .map(
                s ->
                    new Row(
                        s.getId(),
                        s.getNumber(),
                        s.cityIn(language.getCode())
                            + ", "
                            + new Locale("", s.getCountryCode()).getDisplayCountry(locale),
                        day.format(s.getOpensOn()) + " – " + day.format(s.getClosesOn()),
                        s.isCurrent(),
                        s.getOpensOn().isBefore(current),
                        s.getVersion()))
            .toList();
  }

  /** Sets up the Assembly typed; keeps what was typed when refused. */
  public void create() {
    try {
      AssemblySession created =
          assemblies.create(
              new NewAssembly(
                  number, city, countryCode, day(opensOn), day(closesOn), cityFr, cityEs, cityAr));
      language.inform("assemblies.created", created.getNumber());
      number = null;
      city = null;
      cityFr = null;
      cityEs = null;
      cityAr = null;
      countryCode = null;
      opensOn = null;
      closesOn = null;
      load();
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** Makes the Assembly of the row current. */
  public void makeCurrent(Row row) {
    try {
      assemblies.makeCurrent(row.id(), row.version());
      language.inform("assemblies.made-current", row.number());
      shown = null;
      load();
    } catch (AssemblyException refused) {
      language.refuse(refused);
      load();
    }
  }

  /** Shows the compositions of the delegations at the earlier Assembly of the row. */
  public void show(Row row) {
    try {
      Locale locale = language.getLocale();
      compositionRows =
          compositions.of(row.id()).stream()
              .map(
                  c ->
                      new CompositionRow(
                          c.parliament().getId(),
                          c.parliament().name(locale),
                          c.source().name(),
                          c.women(),
                          c.men()))
              .sorted(Comparator.comparing(CompositionRow::getName, Collator.getInstance(locale)))
              .toList();
      shown = row;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** Enters one Member's composition as typed. */
  public void enter(CompositionRow row) {
    try {
      compositions.enter(
          shown.id(), row.getParliamentId(), new CompositionEntry(row.getWomen(), row.getMen()));
      language.inform("assemblies.composition.saved", row.getName(), shown.number());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** Every country, named in the page's language, in its alphabetical order. */
  public List<Country> getCountries() {
    Locale locale = language.getLocale();
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Country::name, Collator.getInstance(locale)))
        .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Row getShown() {
    return shown;
  }

  public List<CompositionRow> getCompositionRows() {
    return compositionRows;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCityFr() {
    return cityFr;
  }

  public void setCityFr(String cityFr) {
    this.cityFr = cityFr;
  }

  public String getCityEs() {
    return cityEs;
  }

  public void setCityEs(String cityEs) {
    this.cityEs = cityEs;
  }

  public String getCityAr() {
    return cityAr;
  }

  public void setCityAr(String cityAr) {
    this.cityAr = cityAr;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public String getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(String opensOn) {
    this.opensOn = opensOn;
  }

  public String getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(String closesOn) {
    this.closesOn = closesOn;
  }

  /** The day typed (year-month-day), or null if it is none: the boundary then says what to give. */
  private static LocalDate day(String typed) {
    try {
      return typed == null ? null : LocalDate.parse(typed.strip());
    } catch (java.time.format.DateTimeParseException notADay) {
      return null;
    }
  }
}
