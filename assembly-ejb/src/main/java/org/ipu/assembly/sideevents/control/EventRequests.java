package org.ipu.assembly.sideevents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.sideevents.entity.EventText;
import org.ipu.assembly.sideevents.entity.Organiser;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.Booking;
import org.ipu.assembly.sideevents.rules.Equipment;

/**
 * Reads a booking request into an event, checking everything at once: the texts, organisers and
 * invited delegations, numbers and equipment, then the room and time (bookable hours, blocked
 * periods, size, booths, equipment, the room free of approved events). Refuses with every problem,
 * writing nothing.
 */
@Dependent
public class EventRequests {

  public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_ORGANISATION = 200;
  public static final int MAX_ORGANISERS = 20;
  public static final int MAX_ATTENDANCE = 10_000;

  @PersistenceContext private EntityManager em;
  @Inject private RoomBook book;

  /**
   * Describes the event as the request says, after checking it.
   *
   * @param asking the parliament asking (always an organiser), or null for the Secretariat
   */
  public void describe(
      SideEvent event, AssemblySession session, Parliament asking, EventRequest request) {
    List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
    List<EventText> texts = texts(request.texts(), problems);
    List<Organiser> organisers = organisers(asking, request, problems);
    Set<Long> invited = new HashSet<>();
    for (Long id : nonNull(request.invited())) {
      if (id == null || em.find(Parliament.class, id) == null) {
        problems.add(problem("invited", "side-events.parliament.unknown", id));
      } else {
        invited.add(id);
      }
    }
    if (request.expected() < 1 || request.expected() > MAX_ATTENDANCE) {
      problems.add(problem("expected", "side-events.expected.invalid", MAX_ATTENDANCE));
    }
    if (request.places() != null && (request.places() < 1 || request.places() > MAX_ATTENDANCE)) {
      problems.add(problem("places", "side-events.places.invalid", MAX_ATTENDANCE));
    }
    Set<Equipment> needs = EnumSet.noneOf(Equipment.class);
    for (String name : nonNull(request.equipment())) {
      try {
        needs.add(Equipment.valueOf(String.valueOf(name)));
      } catch (IllegalArgumentException unknown) {
        problems.add(problem("equipment", "side-events.equipment.unknown", String.valueOf(name)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    Room room = book.room(session, request.roomId());
    Booking booking =
        new Booking(
            VenueTime.period(request.day(), request.starts(), request.ends()),
            request.expected(),
            request.interpretation(),
            needs);
    book.requireBookable(session, room, booking, event.getId());
    event.describe(texts, organisers, invited, request.open(), booking, request.places(), room);
  }

  private static List<EventText> texts(
      List<SideEventView.Text> given, List<InvalidRequest.FieldProblem> problems) {
    List<EventText> texts = new ArrayList<>();
    Set<String> languages = new HashSet<>();
    for (SideEventView.Text t : nonNull(given)) {
      if (t == null) {
        continue;
      }
      String language = t.language() == null ? "" : t.language().strip();
      String title = t.title() == null ? "" : t.title().strip();
      String description = t.description() == null ? "" : t.description().strip();
      if (!LANGUAGES.contains(language)) {
        problems.add(problem("texts", "side-events.language.unknown", language));
      } else if (!languages.add(language)) {
        problems.add(problem("texts", "side-events.language.twice", language));
      } else if (title.isEmpty() && description.isEmpty()) {
        continue;
      } else if (title.isEmpty() || title.length() > MAX_TITLE || !PlainText.isPlain(title)) {
        problems.add(problem("texts", "side-events.title.invalid", MAX_TITLE));
      } else if (description.length() > MAX_DESCRIPTION
          || !PlainText.isPlain(description.replaceAll("\\R", " "))) {
        problems.add(problem("texts", "side-events.description.invalid", MAX_DESCRIPTION));
      } else {
        texts.add(new EventText(language, title, description));
      }
    }
    if (texts.isEmpty() && problems.isEmpty()) {
      problems.add(problem("texts", "side-events.title.required"));
    }
    return texts;
  }

  private List<Organiser> organisers(
      Parliament asking, EventRequest request, List<InvalidRequest.FieldProblem> problems) {
    Set<Long> parliaments = new LinkedHashSet<>();
    if (asking != null) {
      parliaments.add(asking.getId());
    }
    for (Long id : nonNull(request.organiserParliaments())) {
      if (id == null || em.find(Parliament.class, id) == null) {
        problems.add(problem("organisers", "side-events.parliament.unknown", id));
      } else {
        parliaments.add(id);
      }
    }
    List<Organiser> organisers = new ArrayList<>();
    parliaments.forEach(id -> organisers.add(Organiser.parliament(id)));
    for (String name : nonNull(request.organisations())) {
      String organisation = name == null ? "" : name.strip();
      if (organisation.isEmpty()) {
        continue;
      }
      if (organisation.length() > MAX_ORGANISATION || !PlainText.isPlain(organisation)) {
        problems.add(problem("organisers", "side-events.organisation.invalid", MAX_ORGANISATION));
      } else {
        organisers.add(Organiser.organisation(organisation));
      }
    }
    if (organisers.isEmpty()) {
      problems.add(problem("organisers", "side-events.organisers.required"));
    } else if (organisers.size() > MAX_ORGANISERS) {
      problems.add(problem("organisers", "side-events.organisers.too-many", MAX_ORGANISERS));
    }
    return organisers;
  }

  /** Refuses unless the event was read at {@code version} (someone else changed it since). */
  public static void requireVersion(SideEvent event, Long version) {
    if (version == null || version != event.getVersion()) {
      throw AssemblyException.conflict("side-events.changed");
    }
  }

  private static InvalidRequest.FieldProblem problem(String field, String code, Object... values) {
    return new InvalidRequest.FieldProblem(
        field, code, java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList());
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
