package org.ipu.assembly.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * One Assembly: its number, where and when it meets. Its settings (vote weighting, deadlines, ...)
 * are kept by {@code platform.settings}, keyed by this Assembly's id.
 */
@Entity
@Table(name = "assembly_session")
@NamedQuery(
    name = AssemblySession.CURRENT,
    query = "SELECT s FROM AssemblySession s WHERE s.current = TRUE")
public class AssemblySession extends VersionedEntity {

  public static final String CURRENT = "AssemblySession.current";

  private int number;
  private String city;

  @Column(name = "city_fr")
  private String cityFr;

  @Column(name = "city_es")
  private String cityEs;

  @Column(name = "city_ar")
  private String cityAr;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  /** The venue's time zone (an IANA name): the days of attendance and the times desks show. */
  @Column(name = "time_zone")
  private String timeZone = "Europe/Zurich";

  @Column(name = "is_current")
  private boolean current;

  protected AssemblySession() {}

  public AssemblySession(
      int number, String city, String countryCode, LocalDate opensOn, LocalDate closesOn) {
    if (number <= 0) {
      throw new IllegalArgumentException("an Assembly number is positive");
    }
    if (closesOn.isBefore(Objects.requireNonNull(opensOn, "opensOn"))) {
      throw new IllegalArgumentException("an Assembly cannot close before it opens");
    }
    this.number = number;
    this.city = Objects.requireNonNull(city, "city");
    this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  public void makeCurrent() {
    current = true;
  }

  /** Another Assembly becomes current. */
  public void stopBeingCurrent() {
    current = false;
  }

  public int getNumber() {
    return number;
  }

  public String getCity() {
    return city;
  }

  /** The city in a language of the application ("fr", "es", "ar"), in English where not given. */
  public String cityIn(String language) {
    String named =
        switch (language) {
          case "fr" -> cityFr;
          case "es" -> cityEs;
          case "ar" -> cityAr;
          default -> null;
        };
    return named == null ? city : named;
  }

  /** Names the city in French, Spanish and Arabic (each may be null: shown in English). */
  public void nameCity(String french, String spanish, String arabic) {
    cityFr = french;
    cityEs = spanish;
    cityAr = arabic;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  /** The venue's time zone. */
  public ZoneId getZone() {
    return ZoneId.of(timeZone);
  }

  public boolean isCurrent() {
    return current;
  }
}
