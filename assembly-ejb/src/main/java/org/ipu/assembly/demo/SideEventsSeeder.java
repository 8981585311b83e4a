package org.ipu.assembly.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.sideevents.control.RoomBook;
import org.ipu.assembly.sideevents.entity.EventText;
import org.ipu.assembly.sideevents.entity.Organiser;
import org.ipu.assembly.sideevents.entity.Reply;
import org.ipu.assembly.sideevents.entity.Room;
import org.ipu.assembly.sideevents.entity.RoomBlock;
import org.ipu.assembly.sideevents.entity.SideEvent;
import org.ipu.assembly.sideevents.rules.Booking;
import org.ipu.assembly.sideevents.rules.Equipment;
import org.ipu.assembly.sideevents.rules.Period;

/**
 * The side events' demo data: rooms of the Geneva conference centre, the plenary sittings and a
 * morning's cleaning blocked, approved events over the four days (one closed, one full with a
 * waiting list), and requests waiting in the Secretariat's queue, two of them for the same room at
 * the same time (approving one makes the other impossible).
 */
@Dependent
public class SideEventsSeeder implements DemoSeeder {

  @PersistenceContext private EntityManager em;
  @Inject private RoomBook book;
  @Inject private Clock clock;

  @Override
  public int order() {
    return 600;
  }

  @Override
  public void seed() {
    AssemblySession session =
        em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class).getSingleResult();
    Room room2 = room(session, "Room 2", 700, 6, Equipment.values());
    Room room3 = room(session, "Room 3", 300, 4, Equipment.PROJECTOR, Equipment.MICROPHONES);
    Room room4 = room(session, "Room 4", 200, 2, Equipment.PROJECTOR, Equipment.MICROPHONES);
    Room room5 = room(session, "Room 5", 100, 1, Equipment.PROJECTOR, Equipment.VIDEO_CONFERENCE);
    Room room7 = room(session, "Room 7", 40, 0, Equipment.PROJECTOR, Equipment.WHITEBOARD);
    room(session, "Room 13", 24, 0, Equipment.WHITEBOARD);
    Room room18 = room(session, "Room 18", 12, 0);
    em.flush();

    LocalDate first = session.getOpensOn();
    for (LocalDate day = first; !day.isAfter(session.getClosesOn()); day = day.plusDays(1)) {
      em.persist(
          new RoomBlock(session, room2, period(day, 9, 30, 12, 30), "Standing Committee sitting"));
    }
    em.persist(
        new RoomBlock(session, null, period(first, 8, 0, 9, 0), "Cleaning before the opening"));

    Parliament france = parliament("FR");
    Parliament kenya = parliament("KE");
    Parliament brazil = parliament("BR");
    Parliament mexico = parliament("MX");
    Parliament sweden = parliament("SE");

    approved(
        event(
            session,
            kenya,
            "focal.ke",
            true,
            60,
            null,
            false,
            room4,
            period(first, 13, 15, 14, 45),
            organisers(kenya, sweden),
            Set.of(),
            text(
                "en",
                "Water for all: parliaments and climate adaptation",
                "Members of parliament from East Africa and the Nordic countries share how budgets follow climate adaptation plans."),
            text(
                "fr",
                "L’eau pour tous : les parlements et l’adaptation au climat",
                "Des parlementaires d’Afrique de l’Est et des pays nordiques expliquent comment les budgets suivent les plans d’adaptation au climat.")));
    approved(
        event(
            session,
            null,
            "secretariat",
            true,
            150,
            null,
            true,
            room3,
            period(first.plusDays(1), 13, 0, 14, 30),
            List.of(Organiser.organisation("IPU Forum of Women Parliamentarians")),
            Set.of(),
            text(
                "en",
                "Gender-sensitive parliaments: a self-assessment",
                "A working lunch on the IPU toolkit."),
            text(
                "es",
                "Parlamentos sensibles al género: una autoevaluación",
                "Un almuerzo de trabajo sobre el conjunto de herramientas de la UIP.")));
    SideEvent breakfast =
        approved(
            event(
                session,
                france,
                "focal.fr",
                true,
                3,
                3,
                false,
                room18,
                period(first.plusDays(2), 8, 0, 9, 0),
                organisers(france),
                Set.of(),
                text(
                    "fr",
                    "Petit-déjeuner des jeunes parlementaires",
                    "Trois places, autour d’une table."),
                text(
                    "en", "Young parliamentarians’ breakfast", "Three places, around one table.")));
    approved(
        event(
            session,
            brazil,
            "secretariat",
            false,
            20,
            null,
            false,
            room7,
            period(first.plusDays(2), 13, 0, 14, 0),
            organisers(brazil, mexico),
            Set.of(kenya.getId(), france.getId()),
            text(
                "es", "Diálogo cerrado sobre la Amazonía", "Solo para las delegaciones invitadas."),
            text("en", "Closed dialogue on the Amazon", "For invited delegations only.")));
    approved(
        event(
            session,
            sweden,
            "secretariat",
            true,
            80,
            null,
            false,
            room5,
            period(first.plusDays(3), 12, 45, 14, 0),
            organisers(sweden),
            Set.of(),
            text(
                "en",
                "Digital parliaments: remote voting after the pandemic",
                "How parliaments kept voting, and what stayed.")));

    // Waiting for the Secretariat: two ask for Room 3 at the same time on the third day.
    event(
        session,
        mexico,
        "secretariat",
        true,
        120,
        null,
        true,
        room3,
        period(first.plusDays(2), 13, 0, 14, 30),
        organisers(mexico),
        Set.of(),
        text(
            "es",
            "Migración y derechos humanos",
            "Diálogo entre parlamentos de origen, tránsito y destino."),
        text(
            "en",
            "Migration and human rights",
            "A dialogue between parliaments of origin, transit and destination."));
    event(
        session,
        france,
        "focal.fr",
        true,
        90,
        null,
        false,
        room3,
        period(first.plusDays(2), 13, 30, 14, 30),
        organisers(france),
        Set.of(),
        text("fr", "Parlements et intelligence artificielle", "Comment légiférer sur l’IA ?"),
        text("en", "Parliaments and artificial intelligence", "How to legislate on AI?"));
    event(
        session,
        kenya,
        "focal.ke",
        true,
        30,
        null,
        false,
        room7,
        period(first.plusDays(3), 13, 0, 14, 0),
        organisers(kenya),
        Set.of(),
        text(
            "en",
            "Youth and elections in Africa",
            "Young members of parliament on their first campaigns."));

    // The breakfast is full: three attend, one waits.
    LocalDateTime now = Timestamps.now(clock);
    int i = 0;
    for (String username : List.of("delegate.fr", "delegate.ke", "delegate.br", "delegate.fr2")) {
      em.persist(new Reply(breakfast, account(username), now.minusHours(10).plusMinutes(i++)));
    }
  }

  private SideEvent event(
      AssemblySession session,
      Parliament asking,
      String requestedBy,
      boolean open,
      int expected,
      Integer places,
      boolean interpretation,
      Room room,
      Period period,
      List<Organiser> organisers,
      Set<Long> invited,
      EventText... texts) {
    SideEvent event =
        new SideEvent(session, asking, requestedBy, Timestamps.now(clock).minusDays(20));
    Set<Equipment> needs = interpretation ? Set.of(Equipment.MICROPHONES) : Set.of();
    event.describe(
        List.of(texts),
        organisers,
        invited,
        open,
        new Booking(period, expected, interpretation, needs),
        places,
        room);
    em.persist(event);
    em.flush();
    return event;
  }

  private SideEvent approved(SideEvent event) {
    book.hold(event);
    event.approve("secretariat", Timestamps.now(clock).minusDays(10));
    return event;
  }

  private Room room(
      AssemblySession session, String name, int capacity, int booths, Equipment... equipment) {
    Room room = new Room(session, name);
    Set<Equipment> set = EnumSet.noneOf(Equipment.class);
    set.addAll(List.of(equipment));
    room.describe(name, capacity, set, booths, true);
    em.persist(room);
    return room;
  }

  private static Period period(LocalDate day, int h1, int m1, int h2, int m2) {
    return new Period(day.atTime(LocalTime.of(h1, m1)), day.atTime(LocalTime.of(h2, m2)));
  }

  private static EventText text(String language, String title, String description) {
    return new EventText(language, title, description);
  }

  private static List<Organiser> organisers(Parliament... parliaments) {
    return java.util.Arrays.stream(parliaments).map(p -> Organiser.parliament(p.getId())).toList();
  }

  private Parliament parliament(String countryCode) {
    return em.createQuery(
            "SELECT p FROM Parliament p WHERE p.countryCode = :code", Parliament.class)
        .setParameter("code", countryCode)
        .getSingleResult();
  }

  private Account account(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}
