package org.ipu.assembly.sideevents.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.sideevents.rules.Booking;
import org.ipu.assembly.sideevents.rules.Equipment;
import org.ipu.assembly.sideevents.rules.Occupation;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * A side event from its request to its approval: what it is (texts in one or more languages,
 * organisers, open or for invited delegations), what it needs (attendance, interpretation,
 * equipment) and the room and time it asks for, then holds. Changed by its organisers while
 * pending, decided by the Secretariat, each as read at a version.
 */
@Entity
@Table(name = "side_event")
@NamedQuery(
    name = SideEvent.OF_SESSION,
    query =
        "SELECT e FROM SideEvent e JOIN FETCH e.room WHERE e.session.id = :session"
            + " ORDER BY e.startsAt, e.id")
@NamedQuery(
    name = SideEvent.QUEUE,
    query =
        "SELECT e FROM SideEvent e JOIN FETCH e.room WHERE e.session.id = :session"
            + " AND e.state IN :states ORDER BY e.requestedAt, e.id")
@NamedQuery(
    name = SideEvent.APPROVED_IN,
    query =
        "SELECT e FROM SideEvent e JOIN FETCH e.room WHERE e.session.id = :session"
            + " AND e.state = org.ipu.assembly.sideevents.entity.SideEventState.APPROVED"
            + " ORDER BY e.startsAt, e.id")
public class SideEvent extends VersionedEntity {

  public static final String OF_SESSION = "SideEvent.ofSession";

  /** The events of a session in the given states, oldest request first. */
  public static final String QUEUE = "SideEvent.queue";

  /** The approved events of a session, by time. */
  public static final String APPROVED_IN = "SideEvent.approvedIn";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private AssemblySession session;

  @Enumerated(EnumType.STRING)
  private SideEventState state;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parliament_id")
  private Parliament parliament;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private LocalDateTime requestedAt;

  @Column(name = "open_event")
  private boolean openEvent;

  private int expected;
  private Integer places;
  private boolean interpretation;
  private String equipment;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "proposed_room_id")
  private Room proposedRoom;

  @Column(name = "proposed_starts_at")
  private LocalDateTime proposedStartsAt;

  @Column(name = "proposed_ends_at")
  private LocalDateTime proposedEndsAt;

  private String message;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  private int sequence;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "side_event_text", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  private List<EventText> texts = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "side_event_organiser", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  private List<Organiser> organisers = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "side_event_invitation", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "parliament_id")
  private Set<Long> invited = new HashSet<>();

  protected SideEvent() {}

  /**
   * A request, pending.
   *
   * @param parliament the parliament asking (its focal points may change it), or null for the
   *     Secretariat
   */
  public SideEvent(
      AssemblySession session, Parliament parliament, String requestedBy, LocalDateTime at) {
    this.session = session;
    this.parliament = parliament;
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.state = SideEventState.PENDING;
  }

  /** What it is and asks for, anew: a changed request waits in the queue again. */
  public void describe(
      List<EventText> newTexts,
      List<Organiser> newOrganisers,
      Set<Long> newInvited,
      boolean isOpen,
      Booking booking,
      Integer newPlaces,
      Room newRoom) {
    texts.clear();
    texts.addAll(newTexts);
    organisers.clear();
    organisers.addAll(newOrganisers);
    invited.clear();
    invited.addAll(isOpen ? Set.of() : newInvited);
    openEvent = isOpen;
    expected = booking.expected();
    interpretation = booking.interpretation();
    equipment = EquipmentColumn.encode(booking.needs());
    places = newPlaces;
    room = newRoom;
    startsAt = booking.period().start();
    endsAt = booking.period().end();
    state = SideEventState.PENDING;
    clearProposal();
  }

  public void approve(String by, LocalDateTime at) {
    state = SideEventState.APPROVED;
    decided(null, by, at);
  }

  /** The Secretariat proposes another room or time, with a note, for the organisers to accept. */
  public void propose(Room otherRoom, Period period, String note, String by, LocalDateTime at) {
    state = SideEventState.PROPOSED;
    proposedRoom = otherRoom;
    proposedStartsAt = period.start();
    proposedEndsAt = period.end();
    decided(note, by, at);
  }

  /** The organisers take the proposal: the room and time become the proposed ones. */
  public void takeProposal() {
    room = proposedRoom;
    startsAt = proposedStartsAt;
    endsAt = proposedEndsAt;
    clearProposal();
  }

  public void reject(String reason, String by, LocalDateTime at) {
    state = SideEventState.REJECTED;
    decided(reason, by, at);
  }

  public void withdraw() {
    state = SideEventState.WITHDRAWN;
  }

  /** An approved event moves (the calendar): calendars see a later sequence. */
  public void move(Room newRoom, Period period) {
    room = newRoom;
    startsAt = period.start();
    endsAt = period.end();
    sequence++;
  }

  private void decided(String note, String by, LocalDateTime at) {
    message = note;
    decidedBy = by;
    decidedAt = at;
  }

  private void clearProposal() {
    proposedRoom = null;
    proposedStartsAt = null;
    proposedEndsAt = null;
  }

  /** The text in the language, else the first given (the original). */
  public EventText text(Locale locale) {
    return texts.stream()
        .filter(t -> t.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .orElse(texts.get(0));
  }

  public Booking booking() {
    return new Booking(getPeriod(), expected, interpretation, getEquipment());
  }

  /** What it keeps its room from, once approved. */
  public Occupation occupation() {
    return new Occupation(room.getId(), getId(), getPeriod(), texts.get(0).getTitle());
  }

  /** How many may join: its places, at most what the room holds. */
  public int placesToJoin() {
    return places == null ? room.getCapacity() : Math.min(places, room.getCapacity());
  }

  /** Whether a delegation of this parliament may see it: open, or organised by or invited. */
  public boolean visibleTo(Long parliamentId) {
    return openEvent
        || parliamentId != null
            && (invited.contains(parliamentId)
                || organisers.stream().anyMatch(o -> parliamentId.equals(o.getParliamentId())));
  }

  public AssemblySession getSession() {
    return session;
  }

  public SideEventState getState() {
    return state;
  }

  public Parliament getParliament() {
    return parliament;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public LocalDateTime getRequestedAt() {
    return requestedAt;
  }

  public boolean isOpen() {
    return openEvent;
  }

  public int getExpected() {
    return expected;
  }

  public Integer getPlaces() {
    return places;
  }

  public boolean isInterpretation() {
    return interpretation;
  }

  public Set<Equipment> getEquipment() {
    return EquipmentColumn.decode(equipment);
  }

  public Room getRoom() {
    return room;
  }

  public Period getPeriod() {
    return new Period(startsAt, endsAt);
  }

  public Room getProposedRoom() {
    return proposedRoom;
  }

  /** The proposed period, or null. */
  public Period getProposedPeriod() {
    return proposedStartsAt == null ? null : new Period(proposedStartsAt, proposedEndsAt);
  }

  public String getMessage() {
    return message;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public int getSequence() {
    return sequence;
  }

  public List<EventText> getTexts() {
    return List.copyOf(texts);
  }

  public List<Organiser> getOrganisers() {
    return List.copyOf(organisers);
  }

  public Set<Long> getInvited() {
    return Set.copyOf(invited);
  }
}
