package org.ipu.assembly.drills;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipu.assembly.testkit.Answer;
import org.ipu.assembly.testkit.Caller;

/**
 * An emergency item selection (Assembly Rule 11.2) opened with a countdown beside a drill's vote:
 * three requests, and each delegation of the vote casts one ballot on them with a split the drill
 * knows, so that what the selection counts can be checked against what the tablets were told.
 * Request A gets every vote yes (eligible), B half yes and half no (short of two-thirds), C every
 * vote no: A is the one added.
 */
final class TimedSelection {

  static final List<String> REQUESTS = List.of("A", "B", "C");

  private final DrillServer server;
  private final long selectionId;
  private final Map<String, int[]> counted = new LinkedHashMap<>();

  private TimedSelection(DrillServer server, long selectionId) {
    this.server = server;
    this.selectionId = selectionId;
    REQUESTS.forEach(r -> counted.put(r, new int[3]));
  }

  /** Sets up the three requests and opens them with a countdown of {@code seconds}. */
  static TimedSelection open(DrillServer server, int seconds) throws Exception {
    Caller secretariat = server.newClient().as("secretariat", LiveVote.DEMO_PASSWORD);
    JsonArrayBuilder requests = Json.createArrayBuilder();
    for (String label : REQUESTS) {
      requests.add(
          Json.createObjectBuilder()
              .add("title", "Drill: emergency request " + label)
              .add("sponsors", "Drill " + label));
    }
    long id =
        expect(
                secretariat.post(
                    "/api/emergency-selections",
                    Json.createObjectBuilder()
                        .add("subject", "Drill: timed selection across a restart")
                        .add("method", "ELECTRONIC")
                        .add("requests", requests)
                        .build()
                        .toString()),
                201)
            .object()
            .getJsonNumber("selectionId")
            .longValue();
    expect(
        secretariat.post(
            "/api/emergency-selections/" + id + "/open-timed", "{\"seconds\": " + seconds + "}"),
        200);
    return new TimedSelection(server, id);
  }

  long id() {
    return selectionId;
  }

  /** Each delegation casts its ballot once; what its receipt says is counted is remembered. */
  void castFrom(List<Delegation> delegations) throws Exception {
    for (Delegation d : delegations) {
      int votes = d.usableVotes();
      Map<String, int[]> split =
          Map.of(
              "A", new int[] {votes, 0, 0},
              "B", new int[] {votes / 2, votes - votes / 2, 0},
              "C", new int[] {0, votes, 0});
      JsonArrayBuilder requests = Json.createArrayBuilder();
      REQUESTS.forEach(
          r ->
              requests.add(
                  Json.createObjectBuilder()
                      .add("request", r)
                      .add("yes", split.get(r)[0])
                      .add("no", split.get(r)[1])
                      .add("abstain", split.get(r)[2])));
      expect(
          d.api()
              .post(
                  "/api/emergency-selections/" + selectionId + "/ballots",
                  Json.createObjectBuilder()
                      .add("requests", requests)
                      .add("idempotencyKey", UUID.randomUUID().toString())
                      .build()
                      .toString()),
          201);
      REQUESTS.forEach(
          r -> {
            for (int i = 0; i < 3; i++) {
              counted.get(r)[i] += split.get(r)[i];
            }
          });
    }
  }

  /** Yes, no and abstain the tablets were told are counted, by request. */
  Map<String, int[]> counted() {
    return counted;
  }

  JsonObject snapshot() throws Exception {
    return expect(
            server.newClient().anonymous().get("/api/public/emergency-selections/" + selectionId),
            200)
        .object();
  }

  /** Waits until the selection is closed (asking again while the server cannot answer). */
  JsonObject awaitClosed(long timeoutMillis) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      try {
        JsonObject now = snapshot();
        if (now.getString("state").equals("CLOSED") || System.currentTimeMillis() > deadline) {
          return now;
        }
      } catch (IOException notYet) {
        if (System.currentTimeMillis() > deadline) {
          throw notYet;
        }
      }
      Thread.sleep(200);
    }
  }

  private static Answer expect(Answer answer, int status) {
    if (answer.status() != status) {
      throw new AssertionError(
          "expected " + status + ", got " + answer.status() + ": " + answer.body());
    }
    return answer;
  }
}
