package org.ipu.assembly.sideevents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.rules.Occupation;
import org.ipu.assembly.sideevents.rules.Period;

/** A period a room, or every room ({@code room} null), cannot be booked: a sitting, cleaning. */
@Entity
@Table(name = "room_block")
@NamedQuery(
    name = RoomBlock.OF_SESSION,
    query =
        "SELECT b FROM RoomBlock b LEFT JOIN FETCH b.room WHERE b.session.id = :session"
            + " ORDER BY b.startsAt, b.id")
public class RoomBlock {

  public static final String OF_SESSION = "RoomBlock.ofSession";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private AssemblySession session;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  private String reason;

  protected RoomBlock() {}

  public RoomBlock(AssemblySession session, Room room, Period period, String reason) {
    this.session = session;
    this.room = room;
    this.startsAt = period.start();
    this.endsAt = period.end();
    this.reason = reason;
  }

  public Occupation occupation() {
    return new Occupation(room == null ? null : room.getId(), null, getPeriod(), reason);
  }

  public Long getId() {
    return id;
  }

  public AssemblySession getSession() {
    return session;
  }

  /** The room, or null for every room. */
  public Room getRoom() {
    return room;
  }

  public Period getPeriod() {
    return new Period(startsAt, endsAt);
  }

  public String getReason() {
    return reason;
  }
}
