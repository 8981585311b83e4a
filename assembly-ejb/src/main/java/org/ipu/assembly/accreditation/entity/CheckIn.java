package org.ipu.assembly.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.ipu.assembly.accreditation.rules.CheckInKind;
import org.ipu.assembly.registration.entity.Participant;

/**
 * A participant checked in: once per kind and the day it counts for (see {@link CheckInKind}), with
 * when, where, by which officer and, for a scan, the badge.
 */
@Entity
@Table(name = "check_in")
@NamedQuery(
    name = CheckIn.FIND,
    query =
        "SELECT c FROM CheckIn c WHERE c.participant = :participant AND c.kind = :kind"
            + " AND c.day = :day")
@NamedQuery(name = CheckIn.OF_CLIENT, query = "SELECT c FROM CheckIn c WHERE c.clientId = :client")
public class CheckIn {

  /** The check-in of a participant, kind and day, if any. */
  public static final String FIND = "CheckIn.find";

  /** The check-in a desk sent with this id of its own, if any. */
  public static final String OF_CLIENT = "CheckIn.ofClient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_id")
  private long sessionId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  @Enumerated(EnumType.STRING)
  private CheckInKind kind;

  private LocalDate day;
  private LocalDateTime at;
  private String place;
  private String officer;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "badge_id")
  private Badge badge;

  @Column(name = "client_id")
  private String clientId;

  protected CheckIn() {}

  /**
   * @param badge the badge scanned (null: found by name)
   * @param clientId the desk's own id for the scan (null: none)
   */
  public CheckIn(
      long sessionId,
      Participant participant,
      CheckInKind kind,
      LocalDate day,
      LocalDateTime at,
      String place,
      String officer,
      Badge badge,
      String clientId) {
    this.sessionId = sessionId;
    this.participant = Objects.requireNonNull(participant, "participant");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.day = Objects.requireNonNull(day, "day");
    this.at = Objects.requireNonNull(at, "at");
    this.place = Objects.requireNonNull(place, "place");
    this.officer = Objects.requireNonNull(officer, "officer");
    this.badge = badge;
    this.clientId = clientId;
  }

  public Long getId() {
    return id;
  }

  public long getSessionId() {
    return sessionId;
  }

  public Participant getParticipant() {
    return participant;
  }

  public CheckInKind getKind() {
    return kind;
  }

  public LocalDate getDay() {
    return day;
  }

  /** When (UTC). */
  public LocalDateTime getAt() {
    return at;
  }

  public String getPlace() {
    return place;
  }

  public String getOfficer() {
    return officer;
  }

  public Optional<String> getClientId() {
    return Optional.ofNullable(clientId);
  }
}
