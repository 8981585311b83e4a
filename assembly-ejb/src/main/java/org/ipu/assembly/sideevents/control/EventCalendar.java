package org.ipu.assembly.sideevents.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.ipu.assembly.sideevents.entity.EventText;
import org.ipu.assembly.sideevents.entity.SideEvent;

/**
 * Side events as iCalendar (RFC 5545): one VEVENT per event with a UID that never changes and a
 * SEQUENCE that grows each time it moves, its times in the venue's time zone (with that zone's
 * VTIMEZONE), the title and description in the reader's language.
 */
public final class EventCalendar {

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private EventCalendar() {}

  /** The stable identity of an event in every calendar. */
  public static String uid(SideEvent event) {
    return "side-event-" + event.getId() + "@assembly.ipu.org";
  }

  /**
   * A calendar of the events (all of one Assembly), as text.
   *
   * @param stamp when the calendar was made (DTSTAMP)
   */
  public static String of(List<SideEvent> events, ZoneId zone, Locale locale, Instant stamp) {
    Calendar calendar =
        new Calendar()
            .withProdId("-//Inter-Parliamentary Union//Assembly//EN")
            .withDefaults()
            .withProperty(ImmutableMethod.PUBLISH)
            .getFluentTarget();
    calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
    for (SideEvent event : events) {
      EventText text = event.text(locale);
      VEvent vevent =
          new VEvent(
              ZonedDateTime.of(event.getPeriod().start(), zone),
              ZonedDateTime.of(event.getPeriod().end(), zone),
              text.getTitle());
      vevent.replace(new DtStamp(stamp));
      vevent.add(new Uid(uid(event)));
      vevent.add(new Sequence(event.getSequence()));
      vevent.add(new Location(event.getRoom().getName()));
      if (!text.getDescription().isEmpty()) {
        vevent.add(new Description(text.getDescription()));
      }
      calendar.add(vevent);
    }
    return calendar.toString();
  }
}
