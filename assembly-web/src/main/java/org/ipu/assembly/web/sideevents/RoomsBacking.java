package org.ipu.assembly.web.sideevents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.sideevents.boundary.Rooms;
import org.ipu.assembly.sideevents.control.BlockView;
import org.ipu.assembly.sideevents.control.RoomInput;
import org.ipu.assembly.sideevents.control.RoomView;
import org.ipu.assembly.sideevents.control.Venue;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/rooms.xhtml}: the venue's rooms (added, or described anew as read at their
 * version) and the periods they cannot be booked (plenary sittings, cleaning).
 */
@Named
@ViewScoped
public class RoomsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Rooms rooms;
  @Inject private LanguageBacking language;

  private Venue venue;
  private Long editing;
  private Long version;
  private String name;
  private Integer capacity;
  private List<String> equipment = new ArrayList<>();
  private Integer booths;
  private boolean stepFree = true;
  private Long blockRoom;
  private String blockDay;
  private String blockStarts;
  private String blockEnds;
  private String blockReason;

  public Venue getVenue() {
    if (venue == null) {
      try {
        venue = rooms.venue();
      } catch (AssemblyException refused) {
        language.refuse(refused);
      }
    }
    return venue;
  }

  public void edit(RoomView room) {
    editing = room.id();
    version = room.version();
    name = room.name();
    capacity = room.capacity();
    equipment = new ArrayList<>(room.equipment());
    booths = room.booths();
    stepFree = room.stepFree();
  }

  public void save() {
    try {
      RoomView saved =
          rooms.save(
              editing,
              new RoomInput(
                  name,
                  capacity == null ? 0 : capacity,
                  equipment,
                  booths == null ? 0 : booths,
                  stepFree,
                  version));
      language.inform("rooms.saved", saved.name());
      clear();
    } catch (InvalidRequest invalid) {
      invalid
          .getProblems()
          .forEach(
              p ->
                  language.refuse(
                      new AssemblyException(invalid.getKind(), p.code(), p.arguments().toArray())));
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    venue = null;
  }

  public void clear() {
    editing = null;
    version = null;
    name = null;
    capacity = null;
    equipment = new ArrayList<>();
    booths = null;
    stepFree = true;
  }

  public void block() {
    try {
      BlockView blocked = rooms.block(blockRoom, blockDay, blockStarts, blockEnds, blockReason);
      language.inform("rooms.blocked", blocked.reason());
      blockReason = null;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    venue = null;
  }

  public void unblock(BlockView block) {
    try {
      rooms.unblock(block.id());
      language.inform("rooms.unblocked", block.reason());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    venue = null;
  }

  public String equipmentLabel(RoomView room) {
    return String.join(
        ", ",
        room.equipment().stream().map(e -> language.getCurrent().text("Equipment." + e)).toList());
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public List<String> getEquipment() {
    return equipment;
  }

  public void setEquipment(List<String> equipment) {
    this.equipment = equipment;
  }

  public Integer getBooths() {
    return booths;
  }

  public void setBooths(Integer booths) {
    this.booths = booths;
  }

  public boolean isStepFree() {
    return stepFree;
  }

  public void setStepFree(boolean stepFree) {
    this.stepFree = stepFree;
  }

  public Long getBlockRoom() {
    return blockRoom;
  }

  public void setBlockRoom(Long blockRoom) {
    this.blockRoom = blockRoom;
  }

  public String getBlockDay() {
    return blockDay;
  }

  public void setBlockDay(String blockDay) {
    this.blockDay = blockDay;
  }

  public String getBlockStarts() {
    return blockStarts;
  }

  public void setBlockStarts(String blockStarts) {
    this.blockStarts = blockStarts;
  }

  public String getBlockEnds() {
    return blockEnds;
  }

  public void setBlockEnds(String blockEnds) {
    this.blockEnds = blockEnds;
  }

  public String getBlockReason() {
    return blockReason;
  }

  public void setBlockReason(String blockReason) {
    this.blockReason = blockReason;
  }
}
