package org.ipu.assembly.sideevents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.sideevents.entity.EventText;
import org.ipu.assembly.sideevents.entity.Organiser;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.GuestList;
import org.ipu.assembly.sideevents.rules.Period;

/** Side events as a reader sees them, many at once (one query for the guest lists). */
@Dependent
public class SideEventViews {

  @PersistenceContext private EntityManager em;
  @Inject private GuestLists guests;

  public SideEventView of(SideEvent event, Viewer viewer, Locale locale) {
    return of(List.of(event), viewer, locale).get(0);
  }

  public List<SideEventView> of(List<SideEvent> events, Viewer viewer, Locale locale) {
    Map<Long, List<GuestLists.ReplyRow>> replies = guests.repliesOf(events);
    Map<Long, String> names = new HashMap<>();
    return events.stream()
        .map(e -> view(e, viewer, locale, replies.getOrDefault(e.getId(), List.of()), names))
        .toList();
  }

  private SideEventView view(
      SideEvent e,
      Viewer viewer,
      Locale locale,
      List<GuestLists.ReplyRow> replies,
      Map<Long, String> names) {
    EventText text = e.text(locale);
    GuestList list =
        new GuestList(e.placesToJoin(), replies.stream().map(GuestLists.ReplyRow::reply).toList());
    boolean organises = viewer.organises(e);
    return new SideEventView(
        e.getId(),
        e.getVersion(),
        e.getState().name(),
        text.getTitle(),
        text.getDescription(),
        e.getTexts().stream()
            .map(t -> new SideEventView.Text(t.getLanguage(), t.getTitle(), t.getDescription()))
            .toList(),
        e.getOrganisers().stream().map(o -> organiser(o, locale, names)).toList(),
        e.getOrganisers().stream()
            .map(Organiser::getParliamentId)
            .filter(java.util.Objects::nonNull)
            .toList(),
        e.getOrganisers().stream()
            .map(Organiser::getOrganisation)
            .filter(java.util.Objects::nonNull)
            .toList(),
        e.isOpen(),
        e.getInvited().stream().sorted().toList(),
        e.getExpected(),
        e.getPlaces(),
        e.isInterpretation(),
        e.getEquipment().stream().map(Enum::name).toList(),
        slot(e.getRoom(), e.getPeriod()),
        e.getProposedRoom() == null ? null : slot(e.getProposedRoom(), e.getProposedPeriod()),
        organises ? e.getMessage() : null,
        organises ? e.getRequestedBy() : null,
        organises ? e.getRequestedAt().toString() : null,
        organises && e.getState().changeable(),
        e.placesToJoin(),
        list.attending().size(),
        list.waiting().size(),
        GuestLists.placeOf(e.getId(), list, replies, viewer.account()));
  }

  public static SideEventView.Slot slot(Room room, Period period) {
    return new SideEventView.Slot(
        room.getId(),
        room.getName(),
        VenueTime.day(period.start()),
        VenueTime.time(period.start()),
        VenueTime.time(period.end()));
  }

  private String organiser(Organiser o, Locale locale, Map<Long, String> names) {
    if (o.getParliamentId() == null) {
      return o.getOrganisation();
    }
    return names.computeIfAbsent(
        o.getParliamentId(),
        id -> {
          Parliament p = em.find(Parliament.class, id);
          return p == null ? "" : p.name(locale);
        });
  }
}
