package org.ipu.assembly.web.sideevents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.sideevents.boundary.BookingDesk;
import org.ipu.assembly.sideevents.boundary.Rooms;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.sideevents.control.Venue;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * {@code secretariat/side-events.xhtml}: the queue of requests, oldest first, where an officer
 * opens one to approve it (seeing first which pending requests it would make impossible), propose
 * one of the free rooms and times suggested, or reject it with a reason; and the day/room calendar,
 * where approved events move by dragging under the same checks. Both read again when another
 * officer changes something (the live channel).
 */
@Named
@ViewScoped
public class SideEventDeskBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BookingDesk desk;
  @Inject private Rooms rooms;
  @Inject private LanguageBacking language;

  private List<SideEventView> queue;
  private SideEventView open;
  private List<SideEventView> impact;
  private List<SideEventView.Slot> suggestions;
  private Integer chosen;
  private String note;
  private String reason;
  private Long calendarRoom;
  private ScheduleModel calendar;
  private Venue venue;

  public List<SideEventView> getQueue() {
    if (queue == null) {
      try {
        queue = desk.queue(language.getLocale());
      } catch (AssemblyException refused) {
        language.refuse(refused);
        queue = List.of();
      }
    }
    return queue;
  }

  public Venue getVenue() {
    if (venue == null) {
      venue = rooms.venue();
    }
    return venue;
  }

  /** Opens a request: what approving it would make impossible, and free rooms and times. */
  public void open(SideEventView event) {
    try {
      open = event;
      impact = desk.impact(event.id(), language.getLocale());
      suggestions = desk.suggestions(event.id());
      chosen = null;
      note = null;
      reason = null;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void close() {
    open = null;
  }

  public void approve() {
    decide(() -> desk.approve(open.id(), open.version(), language.getLocale()), "desk.approved");
  }

  public void propose() {
    if (chosen == null || chosen < 0 || chosen >= suggestions.size()) {
      language.refuse(AssemblyException.invalid("side-events.proposal.choose"));
      return;
    }
    SideEventView.Slot slot = suggestions.get(chosen);
    decide(
        () ->
            desk.propose(
                open.id(),
                open.version(),
                slot.roomId(),
                slot.day(),
                slot.starts(),
                slot.ends(),
                note,
                language.getLocale()),
        "desk.proposed");
  }

  public void reject() {
    decide(
        () -> desk.reject(open.id(), open.version(), reason, language.getLocale()),
        "desk.rejected");
  }

  private void decide(java.util.function.Supplier<SideEventView> decision, String done) {
    try {
      SideEventView decided = decision.get();
      language.inform(done, decided.title());
      open = null;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    refresh();
  }

  /** Reads the queue and the calendar again (after a change here or on another screen). */
  public void refresh() {
    queue = null;
    calendar = null;
  }

  /** The calendar: approved events (draggable) and pending requests (not), of one room or all. */
  public ScheduleModel getCalendar() {
    if (calendar == null) {
      DefaultScheduleModel model = new DefaultScheduleModel();
      try {
        for (SideEventView e : desk.all(language.getLocale())) {
          boolean approved = e.state().equals("APPROVED");
          boolean pending = e.state().equals("PENDING") || e.state().equals("PROPOSED");
          if (!approved && !pending || calendarRoom != null && calendarRoom != e.slot().roomId()) {
            continue;
          }
          model.addEvent(
              DefaultScheduleEvent.<SideEventView>builder()
                  .id(Long.toString(e.id()))
                  .title(e.slot().room() + " · " + e.title())
                  .startDate(start(e.slot()))
                  .endDate(end(e.slot()))
                  .data(e)
                  .editable(approved)
                  .overlapAllowed(true)
                  .styleClass(approved ? "side-event-approved" : "side-event-pending")
                  .build());
        }
      } catch (AssemblyException refused) {
        language.refuse(refused);
      }
      calendar = model;
    }
    return calendar;
  }

  /** An event chosen on the calendar opens in the decision panel (a request) or shows itself. */
  public void onSelect(org.primefaces.event.SelectEvent<ScheduleEvent<SideEventView>> selected) {
    SideEventView e = selected.getObject().getData();
    if (e.state().equals("PENDING") || e.state().equals("PROPOSED")) {
      open(e);
    } else {
      language.inform("desk.selected", e.title(), slotLabel(e.slot()));
    }
  }

  /** An approved event dragged to another time: moved if the room is free then. */
  public void onMove(ScheduleEntryMoveEvent moved) {
    SideEventView e = (SideEventView) moved.getScheduleEvent().getData();
    Duration delta = moved.getDeltaAsDuration();
    move(e, start(e.slot()).plus(delta), end(e.slot()).plus(delta));
  }

  /** An approved event made longer or shorter. */
  public void onResize(ScheduleEntryResizeEvent resized) {
    SideEventView e = (SideEventView) resized.getScheduleEvent().getData();
    move(
        e,
        start(e.slot()).plus(resized.getDeltaStartAsDuration()),
        end(e.slot()).plus(resized.getDeltaEndAsDuration()));
  }

  private void move(SideEventView e, LocalDateTime starts, LocalDateTime ends) {
    try {
      if (!starts.toLocalDate().equals(ends.toLocalDate())) {
        throw AssemblyException.invalid(
            "side-events.period.outside-hours", getVenue().opens(), getVenue().closes());
      }
      SideEventView moved =
          desk.move(
              e.id(),
              e.version(),
              e.slot().roomId(),
              starts.toLocalDate().toString(),
              starts.toLocalTime().toString(),
              ends.toLocalTime().toString(),
              language.getLocale());
      language.inform("desk.moved", moved.title(), moved.slot().starts(), moved.slot().ends());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    refresh();
  }

  /** The first day of the Assembly: where the calendar opens. */
  public LocalDate getFirstDay() {
    return LocalDate.parse(getVenue().days().get(0));
  }

  private static LocalDateTime start(SideEventView.Slot slot) {
    return LocalDateTime.parse(slot.day() + "T" + slot.starts());
  }

  private static LocalDateTime end(SideEventView.Slot slot) {
    return LocalDateTime.parse(slot.day() + "T" + slot.ends());
  }

  public SideEventView getOpen() {
    return open;
  }

  public List<SideEventView> getImpact() {
    return impact;
  }

  public List<SideEventView.Slot> getSuggestions() {
    return suggestions;
  }

  public Integer getChosen() {
    return chosen;
  }

  public void setChosen(Integer chosen) {
    this.chosen = chosen;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getCalendarRoom() {
    return calendarRoom;
  }

  public void setCalendarRoom(Long calendarRoom) {
    this.calendarRoom = calendarRoom;
    calendar = null;
  }

  public String organisers(SideEventView event) {
    return String.join(", ", event.organisers());
  }

  /** A slot in words: "Room 3, Tuesday 23 March, 13:15–14:45". */
  public String slotLabel(SideEventView.Slot slot) {
    return slot.room()
        + ", "
        + java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale())
            .format(LocalDate.parse(slot.day()))
        + ", "
        + slot.starts()
        + "–"
        + slot.ends();
  }
}
