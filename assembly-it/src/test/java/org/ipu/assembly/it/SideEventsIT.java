package org.ipu.assembly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.it.Plenary.SECRETARIAT;
import static org.ipu.assembly.it.SideEvents.approve;
import static org.ipu.assembly.it.SideEvents.ask;
import static org.ipu.assembly.it.SideEvents.day;
import static org.ipu.assembly.it.SideEvents.id;
import static org.ipu.assembly.it.SideEvents.request;
import static org.ipu.assembly.it.SideEvents.room;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.ipu.assembly.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Side events through the API, as organisers, the Secretariat and delegates use them: requests
 * checked in plain words, approvals that never book a room twice (however many at once), the
 * requests an approval makes impossible, proposals, guest lists with their waiting list, who may
 * see and change what, and calendars that import cleanly.
 */
class SideEventsIT extends IntegrationTest {

  @Test
  void twentyParallelApprovalsOfOverlappingRequestsForOneRoomApproveExactlyOne() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 0);
    Api focal = Plenary.delegate(parliament.focalPoint());
    long roomId = room(50, 0);
    String day = day(1);
    List<JsonObject> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String starts = (i % 2 == 0) ? "13:00" : "13:30";
      requests.add(ask(focal, request("Race " + i, roomId, day, starts, "14:15", 20, null)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    for (JsonObject r : requests) {
      Callable<Api.Answer> approval =
          () -> {
            start.await();
            return SECRETARIAT.post(
                "/api/side-events/" + id(r) + "/approval",
                "{\"version\": " + r.getJsonNumber("version").longValue() + "}");
          };
      answers.add(pool.submit(approval));
    }
    start.countDown();
    int approved = 0;
    for (Future<Api.Answer> answer : answers) {
      Api.Answer a = answer.get();
      if (a.status() == 200) {
        approved++;
      } else {
        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.code()).isEqualTo("side-events.room.taken");
      }
    }
    pool.shutdown();

    assertThat(approved).isEqualTo(1);
    assertThat(
            Database.count(
                "SELECT COUNT(*) FROM side_event WHERE room_id = ? AND state = 'APPROVED'", roomId))
        .isEqualTo(1);
    // The database itself refuses a second event in a slot the first holds.
    String holder =
        Database.strings("SELECT event_id FROM room_slot WHERE room_id = ? LIMIT 1", roomId).get(0);
    String other =
        Database.strings(
                "SELECT id FROM side_event WHERE room_id = ? AND id <> ? LIMIT 1", roomId, holder)
            .get(0);
    String slot =
        Database.strings("SELECT starts_at FROM room_slot WHERE room_id = ? LIMIT 1", roomId)
            .get(0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Database.update(
                    "INSERT INTO room_slot (room_id, starts_at, event_id) VALUES (?, ?, ?)",
                    roomId,
                    slot,
                    other))
        .isInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
  }

  @Test
  void aRequestIsCheckedAndEveryProblemSaidInPlainWords() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 0);
    Api focal = Plenary.delegate(parliament.focalPoint()).inLanguage("fr");
    long small = room(10, 0);
    String day = day(0);

    Api.Answer refused =
        focal.post(
            "/api/side-events/requests",
            request("Trop tôt", small, day, "06:00", "07:10", 40, "\"interpretation\": true"));

    assertThat(refused.status()).isEqualTo(400);
    List<String> codes = new ArrayList<>();
    for (JsonValue field : refused.json().asJsonObject().getJsonArray("fields")) {
      codes.add(field.asJsonObject().getString("code"));
    }
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "side-events.period.not-aligned",
            "side-events.period.outside-hours",
            "side-events.room.too-small",
            "side-events.room.no-booths");
    assertThat(refused.message()).contains("quart d’heure");
    assertThat(Database.count("SELECT COUNT(*) FROM side_event WHERE room_id = ?", small)).isZero();

    // A blocked period, and a room another event holds
    SECRETARIAT
        .post(
            "/api/rooms/blocks",
            "{\"roomId\": "
                + small
                + ", \"day\": \""
                + day
                + "\", \"starts\": \"09:00\","
                + " \"ends\": \"12:00\", \"reason\": \"Nettoyage\"}")
        .expect(201);
    Api.Answer blocked =
        focal.post(
            "/api/side-events/requests", request("Bloqué", small, day, "11:00", "12:30", 5, null));
    assertThat(blocked.code()).isEqualTo("side-events.room.blocked");
    assertThat(blocked.message()).contains("Nettoyage");
    approve(ask(focal, request("Premier", small, day, "13:00", "14:00", 5, null)));
    Api.Answer taken =
        focal.post(
            "/api/side-events/requests", request("Second", small, day, "13:45", "14:30", 5, null));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.message()).contains("Premier").contains("13:00").contains("14:00");

    // Text as text: markup is kept as typed, never interpreted
    JsonObject markup =
        ask(focal, request("<script>alert(1)</script>", small, day, "15:00", "16:00", 5, null));
    assertThat(markup.getString("title")).isEqualTo("<script>alert(1)</script>");
    assertThat(
            focal
                .post(
                    "/api/side-events/requests",
                    request("x".repeat(201), small, day, "15:00", "16:00", 5, null))
                .code())
        .isEqualTo("side-events.title.invalid");
  }

  @Test
  void approvingShowsAndTellsTheRequestsItMakesImpossibleAndAProposalCanBeAccepted()
      throws Exception {
    Fixtures.Parliament first = Plenary.parliament(3_000_000, 0);
    Fixtures.Parliament second = Plenary.parliament(3_000_000, 0);
    Api focal1 = Plenary.delegate(first.focalPoint());
    Api focal2 = Plenary.delegate(second.focalPoint());
    long roomId = room(80, 2, "PROJECTOR");
    long other = room(90, 2, "PROJECTOR");
    String day = day(2);
    JsonObject a =
        ask(focal1, request("Budget oversight", roomId, day, "13:00", "14:00", 60, null));
    JsonObject b =
        ask(
            focal2,
            request(
                "Open data", roomId, day, "13:30", "14:30", 60, "\"equipment\": [\"PROJECTOR\"]"));

    JsonArray impact =
        SECRETARIAT
            .get("/api/side-events/" + id(a) + "/impact")
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("events");
    assertThat(impact).hasSize(1);
    assertThat(impact.getJsonObject(0).getString("title")).isEqualTo("Open data");

    assertThat(approve(a).getString("state")).isEqualTo("APPROVED");
    assertThat(Mailbox.awaitMailTo(first.focalPoint() + "@test.invalid").subject())
        .contains("Budget oversight");
    Mailbox.Mail told = Mailbox.awaitMailTo(second.focalPoint() + "@test.invalid");
    assertThat(told.text()).contains("Open data").contains("13:30");

    // The Secretariat proposes a free room that suits; the organiser accepts it
    JsonObject queued =
        SECRETARIAT.get("/api/side-events/" + id(b)).expect(200).json().asJsonObject();
    JsonArray slots =
        SECRETARIAT
            .get("/api/side-events/" + id(b) + "/suggestions")
            .expect(200)
            .json()
            .asJsonObject()
            .getJsonArray("slots");
    JsonObject free = slots.getJsonObject(0);
    assertThat(free.getJsonNumber("roomId").longValue()).isEqualTo(other);
    assertThat(free.getString("starts")).isEqualTo("13:30");
    JsonObject proposed =
        SECRETARIAT
            .post(
                "/api/side-events/" + id(b) + "/proposal",
                "{\"version\": "
                    + queued.getJsonNumber("version")
                    + ", \"roomId\": "
                    + other
                    + ", \"day\": \""
                    + day
                    + "\", \"starts\": \"13:30\", \"ends\": \"14:30\","
                    + " \"note\": \"Same time, next door.\"}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(proposed.getString("state")).isEqualTo("PROPOSED");
    assertThat(Mailbox.awaitMailTo(second.focalPoint() + "@test.invalid", 2).text())
        .contains("Same time, next door.");
    // another parliament's focal point may not accept it
    assertThat(
            focal1
                .post(
                    "/api/side-events/requests/" + id(b) + "/acceptance",
                    "{\"version\": " + proposed.getJsonNumber("version") + "}")
                .code())
        .isEqualTo("side-events.not-organiser");
    JsonObject accepted =
        focal2
            .post(
                "/api/side-events/requests/" + id(b) + "/acceptance",
                "{\"version\": " + proposed.getJsonNumber("version") + "}")
            .expect(200)
            .json()
            .asJsonObject();
    assertThat(accepted.getString("state")).isEqualTo("APPROVED");
    assertThat(accepted.getJsonObject("slot").getJsonNumber("roomId").longValue()).isEqualTo(other);
    // a stale version is refused with a clear message
    assertThat(
            SECRETARIAT
                .post(
                    "/api/side-events/" + id(b) + "/rejection",
                    "{\"version\": " + queued.getJsonNumber("version") + ", \"reason\": \"late\"}")
                .code())
        .isEqualTo("side-events.changed");
  }

  @Test
  void aFullEventWaitlistsAndACancellationPromotesTheNextWhoIsTold() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 3);
    Api focal = Plenary.delegate(parliament.focalPoint());
    JsonObject event =
        approve(
            ask(
                focal,
                request("Breakfast", room(30, 0), day(3), "08:00", "09:00", 10, "\"places\": 2")));
    List<String> people = parliament.everyDelegate();

    assertThat(join(people.get(0), event).getBoolean("attending")).isTrue();
    assertThat(join(people.get(1), event).getBoolean("attending")).isTrue();
    JsonObject third = join(people.get(2), event);
    assertThat(third.getBoolean("attending")).isFalse();
    assertThat(third.getInt("waiting")).isEqualTo(1);
    assertThat(join(people.get(3), event).getInt("waiting")).isEqualTo(2);
    // joining again answers the same place
    assertThat(join(people.get(2), event).getInt("waiting")).isEqualTo(1);

    JsonObject guests =
        focal.get("/api/side-events/" + id(event) + "/guests").expect(200).json().asJsonObject();
    assertThat(guests.getJsonArray("attending")).hasSize(2);
    assertThat(guests.getJsonArray("waiting")).hasSize(2);
    assertThat(guests.getJsonArray("attending").toString()).doesNotContain(people.get(2));
    // a delegate does not see who else comes
    assertThat(
            Plenary.delegate(people.get(0))
                .get("/api/side-events/" + id(event) + "/guests")
                .status())
        .isEqualTo(403);

    Plenary.delegate(people.get(0))
        .send("DELETE", "/api/side-events/" + id(event) + "/reply", "application/json", "")
        .expect(204);

    JsonObject promoted = join(people.get(2), event);
    assertThat(promoted.getBoolean("attending")).isTrue();
    assertThat(join(people.get(3), event).getInt("waiting")).isEqualTo(1);
    assertThat(Mailbox.awaitMailTo(people.get(2) + "@test.invalid").subject())
        .contains("Breakfast");
  }

  @Test
  void aHundredPeopleJoiningAtOnceNeverExceedThePlaces() throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 99);
    JsonObject event =
        approve(
            ask(
                Plenary.delegate(parliament.focalPoint()),
                request("Popular", room(200, 0), day(1), "18:00", "19:00", 100, "\"places\": 30")));
    List<String> people = parliament.everyDelegate();
    ExecutorService pool = Executors.newFixedThreadPool(25);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JsonObject>> places = new ArrayList<>();
    for (String person : people) {
      places.add(
          pool.submit(
              () -> {
                start.await();
                return join(person, event);
              }));
    }
    start.countDown();
    int attending = 0;
    List<Integer> waiting = new ArrayList<>();
    for (Future<JsonObject> place : places) {
      JsonObject p = place.get();
      if (p.getBoolean("attending")) {
        attending++;
      } else {
        waiting.add(p.getInt("waiting"));
      }
    }
    pool.shutdown();
    assertThat(people).hasSize(100);
    assertThat(attending).isEqualTo(30);
    assertThat(waiting).hasSize(70).doesNotHaveDuplicates().allMatch(w -> w >= 1 && w <= 70);
  }

  @Test
  void aClosedEventIsForItsInvitedDelegationsAndARequestForItsOrganisers() throws Exception {
    Fixtures.Parliament organiser = Plenary.parliament(3_000_000, 0);
    Fixtures.Parliament invited = Plenary.parliament(3_000_000, 0);
    Fixtures.Parliament outsider = Plenary.parliament(3_000_000, 0);
    Api focal = Plenary.delegate(organiser.focalPoint());
    JsonObject closed =
        approve(
            ask(
                focal,
                request(
                        "Closed talks",
                        room(20, 0),
                        day(0),
                        "18:00",
                        "19:00",
                        10,
                        "\"open\": false, \"invited\": [" + invited.id() + "]")
                    .replace("\"open\": true, ", "")));
    String path = "/api/side-events/" + id(closed);

    assertThat(Plenary.delegate(invited.head()).get(path).status()).isEqualTo(200);
    assertThat(Plenary.delegate(outsider.head()).get(path).code()).isEqualTo("side-events.unknown");
    assertThat(Plenary.delegate(outsider.head()).post(path + "/reply", "").status()).isEqualTo(404);
    assertThat(Plenary.delegate(outsider.head()).get("/api/side-events").body())
        .doesNotContain("Closed talks");
    assertThat(Api.anonymous().get("/api/public/side-events").body())
        .doesNotContain("Closed talks");
    assertThat(
            Plenary.delegate(invited.head())
                .post(path + "/reply", "")
                .expect(200)
                .json()
                .asJsonObject()
                .getBoolean("attending"))
        .isTrue();

    // Another parliament's focal point may not change or withdraw its request
    JsonObject pending =
        ask(focal, request("Mine", room(20, 0), day(0), "18:00", "19:00", 10, null));
    Api otherFocal = Plenary.delegate(outsider.focalPoint());
    assertThat(
            otherFocal
                .put(
                    "/api/side-events/requests/" + id(pending),
                    request(
                        "Theirs",
                        pending.getJsonObject("slot").getJsonNumber("roomId").longValue(),
                        day(0),
                        "18:00",
                        "19:00",
                        10,
                        "\"version\": " + pending.getJsonNumber("version")))
                .code())
        .isEqualTo("side-events.not-organiser");
    assertThat(
            otherFocal
                .post(
                    "/api/side-events/requests/" + id(pending) + "/withdrawal",
                    "{\"version\": " + pending.getJsonNumber("version") + "}")
                .status())
        .isEqualTo(403);
    // ... nor does a delegate ask for a room
    assertThat(
            Plenary.delegate(organiser.head())
                .post(
                    "/api/side-events/requests",
                    request("No", 1, day(0), "18:00", "19:00", 1, null))
                .status())
        .isEqualTo(403);
  }

  @Test
  void calendarsKeepTheirUidRaiseTheSequenceWhenAnEventMovesAndAFeedCanBeRevoked()
      throws Exception {
    Fixtures.Parliament parliament = Plenary.parliament(3_000_000, 0);
    long roomId = room(40, 0);
    JsonObject event =
        approve(
            ask(
                Plenary.delegate(parliament.focalPoint()),
                request("Calendar test", roomId, day(2), "12:00", "13:00", 10, null)));
    Api delegate = Plenary.delegate(parliament.head());
    delegate.post("/api/side-events/" + id(event) + "/reply", "").expect(200);

    VEvent before =
        only(
            Api.anonymous()
                .get("/api/public/side-events/" + id(event) + "/calendar.ics")
                .expect(200)
                .body());
    assertThat(before.getSummary().getValue()).isEqualTo("Calendar test");
    assertThat(before.getDateTimeStart().getParameter("TZID")).isPresent();

    SECRETARIAT
        .post(
            "/api/side-events/" + id(event) + "/move",
            "{\"version\": "
                + event.getJsonNumber("version")
                + ", \"roomId\": "
                + roomId
                + ", \"day\": \""
                + day(2)
                + "\", \"starts\": \"16:00\", \"ends\": \"17:00\"}")
        .expect(200);

    String feed =
        delegate
            .post("/api/side-events/feed", "")
            .expect(200)
            .json()
            .asJsonObject()
            .getString("address");
    VEvent after = only(Api.anonymous().get(feed).expect(200).body());
    assertThat(after.getUid().get().getValue()).isEqualTo(before.getUid().get().getValue());
    assertThat(sequence(after)).isGreaterThan(sequence(before));
    assertThat(after.getDateTimeStart().getValue()).contains("T160000");

    delegate.send("DELETE", "/api/side-events/feed", "application/json", "").expect(204);
    assertThat(Api.anonymous().get(feed).code()).isEqualTo("side-events.feed.unknown");
  }

  private static JsonObject join(String username, JsonObject event) throws Exception {
    return Plenary.delegate(username)
        .post("/api/side-events/" + id(event) + "/reply", "")
        .expect(200)
        .json()
        .asJsonObject();
  }

  private static int sequence(VEvent event) {
    return event
        .getProperty(net.fortuna.ical4j.model.Property.SEQUENCE)
        .map(p -> Integer.parseInt(p.getValue()))
        .orElse(0);
  }

  /** The one event of an iCalendar text, after checking that it parses and validates. */
  private static VEvent only(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
