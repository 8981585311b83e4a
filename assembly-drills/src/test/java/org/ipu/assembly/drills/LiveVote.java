package org.ipu.assembly.drills;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ipu.assembly.testkit.Answer;
import org.ipu.assembly.testkit.AssemblyClient;
import org.ipu.assembly.testkit.Caller;
import org.ipu.assembly.testkit.CatchAll;

/**
 * The scenario every drill runs: a small plenary (one head of delegation present per Member) votes
 * electronically; each delegation's tablet casts and changes its ballot in a loop while screens
 * watch; then the vote is closed and everything the server answered is reconciled with what it
 * stored.
 */
final class LiveVote {

  static final String DEMO_PASSWORD = "assembly-demo";
  static final String DRILL_PASSWORD = "drill-password-1";
  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

  private final DrillServer server;
  private Caller secretariat;
  private final List<Delegation> delegations = new ArrayList<>();
  private final List<Thread> tablets = new ArrayList<>();
  private final List<Screen> screens = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
  private long voteId;

  LiveVote(DrillServer server) {
    this.server = server;
    this.secretariat = server.newClient().as("secretariat", DEMO_PASSWORD);
  }

  long voteId() {
    return voteId;
  }

  List<Delegation> delegations() {
    return delegations;
  }

  List<Screen> screens() {
    return screens;
  }

  /** Every ballot request the delegations' tablets sent, with its answer. */
  List<Delegation.Attempt> attempts() {
    return delegations.stream().flatMap(d -> d.attempts().stream()).toList();
  }

  /** Every receipt the delegations' tablets got. */
  List<Delegation.Receipt> receipts() {
    return delegations.stream().flatMap(d -> d.receipts().stream()).toList();
  }

  /** The figures every drill reports about its ballots, in report order; the drill adds its own. */
  Map<String, Object> ballotFigures() {
    List<Delegation.Attempt> attempts = attempts();
    List<Delegation.Receipt> receipts = receipts();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("delegations", delegations.size());
    figures.put("screens", screens.size());
    figures.put("ballotRequests", attempts.size());
    figures.put("receipts", receipts.size());
    figures.put("receiptsAfterRetry", receipts.stream().filter(r -> r.attempts() > 1).count());
    figures.put("replayReceipts", receipts.stream().filter(Delegation.Receipt::replay).count());
    figures.put("answersByStatus", Drill.byStatus(attempts));
    return figures;
  }

  /** A delegation whose head casts by hand (a browser tablet) rather than in the casting loop. */
  record Bystander(String username, long parliamentId) {}

  /** A ballot a bystander was told is counted: it must be stored once, and count. */
  record Expected(long parliamentId, int yes, int no, int abstain) {}

  private final List<Bystander> bystanders = new ArrayList<>();
  private final List<Expected> expected = new ArrayList<>();

  /** The heads seated, by user name (the server makes it: drill.delegate.<country>). */
  private final Map<String, Long> parliaments = new HashMap<>();

  private final Map<String, String> countries = new HashMap<>();

  List<Bystander> bystanders() {
    return bystanders;
  }

  List<Expected> expected() {
    return expected;
  }

  void expect(Expected ballot) {
    expected.add(ballot);
  }

  /**
   * Delegations for the first {@code count} voting Members that have none at the current Assembly,
   * each registered with one member of parliament, its head, approved (accredited), its head
   * invited and present; a vote created and opened.
   */
  void open(String subject, int count) throws Exception {
    open(subject, count, 0);
  }

  /** The same, with {@code spare} more delegations present that do not cast in the loop. */
  void open(String subject, int count, int spare) throws Exception {
    open(subject, count, spare, null);
  }

  /**
   * The same, the vote opened with a countdown of {@code seconds} (it closes by itself), or without
   * one if null.
   */
  void open(String subject, int count, int spare, Integer seconds) throws Exception {
    seat(count + spare);
    openVote(subject, spare, seconds);
  }

  /**
   * Delegations for the first {@code count} voting Members that have none at the current Assembly,
   * each registered with one member of parliament, its head, approved (accredited), its head
   * invited and present; no vote yet.
   */
  void seat(int count) throws Exception {
    Set<Long> registered =
        expect(secretariat.get("/api/registrations"), 200)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(d -> d.getJsonNumber("parliamentId").longValue())
            .collect(Collectors.toSet());
    List<JsonObject> members =
        expect(secretariat.get("/api/parliaments"), 200)
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                p ->
                    p.getString("status").equals("MEMBER")
                        && !p.getBoolean("suspended")
                        && p.containsKey("countryCode")
                        && !registered.contains(p.getJsonNumber("id").longValue()))
            .sorted(Comparator.comparing(p -> p.getString("countryCode")))
            .limit(count)
            .toList();
    Set<String> emails = new HashSet<>();
    CatchAll mail = new CatchAll(server.mailFolder());
    for (JsonObject member : members) {
      String country = member.getString("countryCode").toLowerCase(Locale.ROOT);
      long parliament = member.getJsonNumber("id").longValue();
      String email = "drill." + country + "@drill.test";
      String username = registerHead(parliament, email);
      parliaments.put(username, parliament);
      countries.put(username, country);
      emails.add(email);
    }
    // Each head sets the password through the invitation the server mailed (to its catch-all).
    Map<String, String> tokens = mail.invitationTokens(emails, Duration.ofSeconds(60));
    for (String token : tokens.values()) {
      expect(
          secretariat
              .client()
              .anonymous()
              .post(
                  "/api/public/invitations/accept",
                  Json.createObjectBuilder()
                      .add("token", token)
                      .add("password", DRILL_PASSWORD)
                      .build()
                      .toString()),
          200);
    }
    for (JsonObject account :
        expect(secretariat.get("/api/accounts"), 200)
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)) {
      if (parliaments.containsKey(account.getString("username"))) {
        expect(
            secretariat.put(
                "/api/plenary/presence/" + account.getJsonNumber("id").longValue(),
                "{\"state\": \"PRESENT\"}"),
            200);
      }
    }
  }

  /**
   * Creates and opens the vote, with a countdown of {@code seconds} if not null; the heads seated
   * cast in the loop, but for {@code spare} of them, present bystanders.
   */
  void openVote(String subject, int spare, Integer seconds) throws Exception {
    voteId =
        expect(
                secretariat.post(
                    "/api/votes",
                    "{\"subject\": \""
                        + subject
                        + "\", \"method\": \"ELECTRONIC\", \"majority\": \"SIMPLE\"}"),
                201)
            .object()
            .getJsonNumber("id")
            .longValue();
    if (seconds == null) {
      expect(secretariat.post("/api/votes/" + voteId + "/open", ""), 200);
    } else {
      expect(
          secretariat.post(
              "/api/votes/" + voteId + "/open-timed", "{\"seconds\": " + seconds + "}"),
          200);
    }
    Map<Long, Integer> usable = new HashMap<>();
    snapshot()
        .getJsonArray("board")
        .getValuesAs(JsonObject.class)
        .forEach(
            e -> usable.put(e.getJsonNumber("parliamentId").longValue(), e.getInt("usableVotes")));
    int n = 0;
    for (Map.Entry<String, Long> head :
        parliaments.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      int votes = usable.getOrDefault(head.getValue(), 0);
      if (votes > 0 && bystanders.size() < spare) {
        bystanders.add(new Bystander(head.getKey(), head.getValue()));
      } else if (votes > 0) {
        String language = LANGUAGES.get(n % LANGUAGES.size());
        delegations.add(
            new Delegation(
                countries.get(head.getKey()),
                head.getValue(),
                votes,
                server.newClient().as(head.getKey(), DRILL_PASSWORD).inLanguage(language),
                voteId,
                1000 + n));
        n++;
      }
    }
    Drill.log(
        "vote "
            + voteId
            + " open: "
            + delegations.size()
            + " delegations casting, "
            + bystanders.size()
            + " more present");
  }

  /**
   * The parliament's delegation registered by the Secretariat with one member of parliament, its
   * head ({@code email} the head's), submitted and approved, and its head invited: the user name
   * the server made for the head ({@code drill.delegate.<country>}).
   */
  private String registerHead(long parliament, String email) throws Exception {
    String base = "/api/registrations/" + parliament;
    expect(secretariat.post(base, "{\"fromEarlierAssembly\": false}"), 201);
    long head =
        expect(
                secretariat.post(
                    base + "/participants",
                    Json.createObjectBuilder()
                        .add("familyName", "Delegate")
                        .add("givenNames", "Drill")
                        .add("gender", "FEMALE")
                        .add("bornOn", "1970-01-01")
                        .add("category", "MEMBER_OF_PARLIAMENT")
                        .add("head", true)
                        .add("email", email)
                        .add("workingLanguage", "en")
                        .build()
                        .toString()),
                201)
            .id();
    JsonObject sheet = expect(secretariat.get(base), 200).object();
    sheet = expect(secretariat.post(base + "/submission", version(sheet)), 200).object();
    expect(secretariat.post(base + "/approval", version(sheet)), 200);
    return expect(
            secretariat.post("/api/registrations/participants/" + head + "/invitation", ""), 200)
        .object()
        .getString("account");
  }

  private static String version(JsonObject sheet) {
    return "{\"version\": " + sheet.getJsonNumber("version") + "}";
  }

  /** The Secretariat's console from now on: at this client (one instance of two, say). */
  void consoleAt(AssemblyClient client) {
    secretariat = client.as("secretariat", DEMO_PASSWORD);
  }

  /** Screens that join now. */
  void watch(int count) {
    watch(count, server.webSocketUrl(), server::newClient);
  }

  /**
   * Screens that join now at this socket address, each fetching its snapshots with a client of its
   * own from {@code clients} (the same server, or the same load balancer).
   */
  List<Screen> watch(int count, String webSocketUrl, Supplier<AssemblyClient> clients) {
    List<Screen> joined = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Screen screen =
          new Screen(
              "screen-" + (screens.size() + 1),
              URI.create(webSocketUrl),
              clients.get().anonymous(),
              voteId,
              timer);
      joined.add(screen);
      screens.add(screen);
      screen.connect();
    }
    return joined;
  }

  void startCasting() {
    for (Delegation d : delegations) {
      Thread tablet = new Thread(d, "tablet-" + d.country());
      tablets.add(tablet);
      tablet.start();
    }
  }

  /** Tablets stop once their ballot in flight is answered. */
  void stopCasting() throws InterruptedException {
    delegations.forEach(Delegation::stop);
    for (Thread tablet : tablets) {
      tablet.join(200_000);
    }
  }

  /** After a failed drill: the tablets stop at once, their ballots in flight abandoned. */
  void abandon() {
    delegations.forEach(Delegation::stop);
    tablets.forEach(Thread::interrupt);
  }

  /** Closes the vote, trying again while the server cannot answer; the vote's final snapshot. */
  JsonObject close() throws Exception {
    long giveUpAt = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < giveUpAt) {
      try {
        Answer answer = secretariat.post("/api/votes/" + voteId + "/close", "");
        if (answer.status() == 200
            || (answer.status() == 409 && "vote.closed".equals(answer.code()))) {
          return snapshot();
        }
        Drill.log("close answered " + answer.status() + " " + answer.body());
      } catch (IOException lost) {
        Drill.log("close not answered: " + lost);
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the vote could not be closed within 2 minutes");
  }

  JsonObject snapshot() throws Exception {
    return expect(server.newClient().anonymous().get("/api/public/votes/" + voteId), 200).object();
  }

  JsonObject auditReport() throws Exception {
    return expect(secretariat.post("/api/audit/verify", ""), 200).object();
  }

  /** Waits until every screen shows the vote in this state; the screens that never did. */
  List<Screen> awaitScreens(String state, long timeoutMillis) throws InterruptedException {
    Predicate<Screen> showing = s -> s.shown() != null && s.shown().state().equals(state);
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline && !screens.stream().allMatch(showing)) {
      Thread.sleep(100);
    }
    return screens.stream().filter(showing.negate()).toList();
  }

  /**
   * The earliest receipt for a ballot request sent after {@code instant}, waiting up to the
   * timeout.
   */
  Optional<Long> firstReceiptSentAfter(long instant, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      Optional<Long> first =
          attempts().stream()
              .filter(a -> a.sentAt() > instant && (a.status() == 200 || a.status() == 201))
              .map(Delegation.Attempt::answeredAt)
              .min(Long::compare);
      if (first.isPresent() || System.currentTimeMillis() > deadline) {
        return first;
      }
      Thread.sleep(50);
    }
  }

  /** The ballots the database holds for the vote, by idempotency key. */
  Map<String, StoredBallot> storedBallots() throws Exception {
    Map<String, StoredBallot> stored = new HashMap<>();
    try (Connection db = server.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT id, parliament_id, ballot_version, yes_votes, no_votes,"
                    + " abstain_votes, idempotency_key FROM ballot WHERE vote_id = ?")) {
      s.setLong(1, voteId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          StoredBallot b =
              new StoredBallot(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getInt(6),
                  rs.getString(7));
          if (stored.put(b.key(), b) != null) {
            throw new AssertionError("idempotency key " + b.key() + " stored twice");
          }
        }
      }
    }
    return stored;
  }

  /** A ballot row as stored. */
  record StoredBallot(
      long id, long parliamentId, int version, int yes, int no, int abstain, String key) {}

  void stopScreens() {
    screens.forEach(Screen::stop);
    timer.shutdownNow();
  }

  private static Answer expect(Answer answer, int status) {
    if (answer.status() != status) {
      throw new AssertionError(
          "expected " + status + ", got " + answer.status() + ": " + answer.body());
    }
    return answer;
  }
}
