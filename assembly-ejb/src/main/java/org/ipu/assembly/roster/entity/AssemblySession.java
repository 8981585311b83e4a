package org.ipu.assembly.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.voting.rules.PopulationBracket;
import org.ipu.assembly.voting.rules.VoteAllocationSettings;

/** One Assembly: its number, where and when it meets. */
@Entity
@Table(name = "assembly_session")
@NamedQuery(
    name = AssemblySession.CURRENT,
    query = "SELECT s FROM AssemblySession s WHERE s.current = TRUE")
public class AssemblySession extends VersionedEntity {

  public static final String CURRENT = "AssemblySession.current";

  private int number;
  private String city;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  @Column(name = "is_current")
  private boolean current;

  @Column(name = "vote_minimum")
  private int voteMinimum = 10;

  /** Population brackets as {@code lowerBoundPersons:bonus,...}, lowest first. */
  @Column(name = "vote_brackets")
  private String voteBrackets = encode(VoteAllocationSettings.defaults().populationBrackets());

  @Column(name = "vote_gender_sanction")
  private int voteGenderSanction = 2;

  @Column(name = "vote_max_per_delegate")
  private int voteMaxPerDelegate = 10;

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

  /** This Assembly's settings for weighting votes (defaults: the IPU Statutes). */
  public VoteAllocationSettings voteAllocationSettings() {
    List<PopulationBracket> brackets =
        Arrays.stream(voteBrackets.split(","))
            .map(pair -> pair.trim().split(":"))
            .map(pair -> new PopulationBracket(Long.parseLong(pair[0]), Integer.parseInt(pair[1])))
            .toList();
    return new VoteAllocationSettings(
        voteMinimum, brackets, voteGenderSanction, voteMaxPerDelegate);
  }

  private static String encode(List<PopulationBracket> brackets) {
    return brackets.stream()
        .map(b -> b.lowerBoundPersons() + ":" + b.bonus())
        .collect(java.util.stream.Collectors.joining(","));
  }

  public void makeCurrent() {
    current = true;
  }

  public int getNumber() {
    return number;
  }

  public String getCity() {
    return city;
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

  public boolean isCurrent() {
    return current;
  }
}
