package org.ipu.assembly.it;

import static org.ipu.assembly.it.Plenary.SECRETARIAT;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Side events as the tests set them up: a room of their own, requests, approvals. */
final class SideEvents {

  private SideEvents() {}

  /** A new room of the current Assembly, with a name of its own; its id. */
  static long room(int capacity, int booths, String... equipment) throws Exception {
    String names = String.join("\", \"", equipment);
    String json =
        "{\"name\": \"Room "
            + UUID.randomUUID().toString().substring(0, 8)
            + "\", \"capacity\": "
            + capacity
            + ", \"booths\": "
            + booths
            + ", \"stepFree\": true, \"equipment\": ["
            + (equipment.length == 0 ? "" : "\"" + names + "\"")
            + "]}";
    return SECRETARIAT
        .post("/api/rooms", json)
        .expect(201)
        .json()
        .asJsonObject()
        .getJsonNumber("id")
        .longValue();
  }

  /** The n-th day of the current Assembly (from 0), as {@code 2027-04-12}. */
  static String day(int n) throws Exception {
    return SECRETARIAT
        .get("/api/rooms")
        .expect(200)
        .json()
        .asJsonObject()
        .getJsonArray("days")
        .getString(n);
  }

  /** A request body: one English title, open, for the room and time given. */
  static String request(
      String title,
      long roomId,
      String day,
      String starts,
      String ends,
      int expected,
      String more) {
    return "{\"texts\": [{\"language\": \"en\", \"title\": \""
        + title
        + "\", \"description\": \"\"}], \"open\": true, \"expected\": "
        + expected
        + ", \"roomId\": "
        + roomId
        + ", \"day\": \""
        + day
        + "\", \"starts\": \""
        + starts
        + "\", \"ends\": \""
        + ends
        + "\""
        + (more == null || more.isEmpty() ? "" : ", " + more)
        + "}";
  }

  /** Asks as the caller; the event. */
  static JsonObject ask(Api organiser, String body) throws Exception {
    return organiser.post("/api/side-events/requests", body).expect(201).json().asJsonObject();
  }

  /** Approves as the Secretariat; the event. */
  static JsonObject approve(JsonObject event) throws Exception {
    return SECRETARIAT
        .post(
            "/api/side-events/" + id(event) + "/approval",
            "{\"version\": " + event.getJsonNumber("version").longValue() + "}")
        .expect(200)
        .json()
        .asJsonObject();
  }

  static long id(JsonObject event) {
    return event.getJsonNumber("id").longValue();
  }
}
