package org.ipu.assembly.roster.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.ipu.assembly.platform.VersionedEntity;

/** A parliament's standing at one Assembly. */
@Entity
@Table(name = "membership")
@NamedQuery(
    name = Membership.OF_SESSION,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.parliament WHERE m.session = :session"
            + " ORDER BY m.status, m.parliament.countryCode, m.parliament.nameEn")
@NamedQuery(
    name = Membership.OF_PARLIAMENT,
    query =
        "SELECT m FROM Membership m JOIN FETCH m.parliament"
            + " WHERE m.session = :session AND m.parliament.id = :parliament")
public class Membership extends VersionedEntity {

  public static final String OF_SESSION = "Membership.ofSession";
  public static final String OF_PARLIAMENT = "Membership.ofParliament";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private AssemblySession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "parliament_id")
  private Parliament parliament;

  @Enumerated(EnumType.STRING)
  private MembershipStatus status;

  private boolean suspended;

  @Column(name = "suspension_reason")
  private String suspensionReason;

  private long population;

  /** Its geopolitical groups at this Assembly (a Member may belong to more than one). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "membership_geo_group", joinColumns = @JoinColumn(name = "membership_id"))
  @Column(name = "geo_group")
  @Enumerated(EnumType.STRING)
  private Set<GeoGroup> groups = EnumSet.noneOf(GeoGroup.class);

  @Column(name = "gender_sanction")
  private boolean genderSanction;

  protected Membership() {}

  public Membership(
      AssemblySession session,
      Parliament parliament,
      MembershipStatus status,
      boolean suspended,
      long population) {
    if (population < 0) {
      throw new IllegalArgumentException("population cannot be negative");
    }
    this.session = Objects.requireNonNull(session, "session");
    this.parliament = Objects.requireNonNull(parliament, "parliament");
    this.status = Objects.requireNonNull(status, "status");
    this.suspended = suspended;
    this.population = population;
  }

  /**
   * The same standing at another Assembly (set up after or before this one): status, suspension
   * with its reason, population, geopolitical groups. The gender sanction is not copied: each
   * Assembly derives its own.
   */
  public Membership copiedTo(AssemblySession other) {
    Membership copy = new Membership(other, parliament, status, suspended, population);
    copy.suspensionReason = suspensionReason;
    copy.placeIn(groups);
    return copy;
  }

  /**
   * The Secretariat changes the standing: status, suspension (with its reason; none when not
   * suspended) and the population figure used at this Assembly.
   */
  public void change(
      MembershipStatus newStatus, boolean nowSuspended, String reason, long newPopulation) {
    if (newPopulation < 0) {
      throw new IllegalArgumentException("population cannot be negative");
    }
    if (nowSuspended && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a suspension has a reason");
    }
    status = Objects.requireNonNull(newStatus, "newStatus");
    suspended = nowSuspended;
    suspensionReason = nowSuspended ? reason : null;
    population = newPopulation;
  }

  /** The Secretariat sets the Member's geopolitical groups at this Assembly. */
  public void placeIn(Set<GeoGroup> newGroups) {
    groups = newGroups.isEmpty() ? EnumSet.noneOf(GeoGroup.class) : EnumSet.copyOf(newGroups);
  }

  public Set<GeoGroup> getGroups() {
    return Collections.unmodifiableSet(groups);
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }

  public AssemblySession getSession() {
    return session;
  }

  public Parliament getParliament() {
    return parliament;
  }

  public MembershipStatus getStatus() {
    return status;
  }

  public boolean isSuspended() {
    return suspended;
  }

  public boolean isGenderSanction() {
    return genderSanction;
  }

  public long getPopulation() {
    return population;
  }
}
