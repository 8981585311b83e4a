package org.ipu.assembly.sideevents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Set;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.sideevents.rules.Equipment;
import org.ipu.assembly.sideevents.rules.RoomFacts;

/**
 * A room of the Assembly's venue that side events may book. Approving an event locks its room's row
 * (so that approvals in one room queue up and each sees the others); the slots it then holds are
 * the guarantee.
 */
@Entity
@Table(name = "room")
@NamedQuery(
    name = Room.OF_SESSION,
    query = "SELECT r FROM Room r WHERE r.session.id = :session ORDER BY r.name")
public class Room extends VersionedEntity {

  public static final String OF_SESSION = "Room.ofSession";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private AssemblySession session;

  private String name;
  private int capacity;
  private String equipment;
  private int booths;

  @Column(name = "step_free")
  private boolean stepFree;

  protected Room() {}

  public Room(AssemblySession session, String name) {
    this.session = session;
    this.name = name;
  }

  /** Describes it anew (the Secretariat's room page). */
  public void describe(
      String newName,
      int newCapacity,
      Set<Equipment> newEquipment,
      int newBooths,
      boolean isStepFree) {
    this.name = newName;
    this.capacity = newCapacity;
    this.equipment = EquipmentColumn.encode(newEquipment);
    this.booths = newBooths;
    this.stepFree = isStepFree;
  }

  public RoomFacts facts() {
    return new RoomFacts(getId(), name, capacity, getEquipment(), booths, stepFree);
  }

  public AssemblySession getSession() {
    return session;
  }

  public String getName() {
    return name;
  }

  public int getCapacity() {
    return capacity;
  }

  public Set<Equipment> getEquipment() {
    return EquipmentColumn.decode(equipment);
  }

  public int getBooths() {
    return booths;
  }

  public boolean isStepFree() {
    return stepFree;
  }
}
