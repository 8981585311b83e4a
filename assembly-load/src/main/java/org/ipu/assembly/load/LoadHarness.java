package org.ipu.assembly.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipu.assembly.testkit.Answer;
import org.ipu.assembly.testkit.AssemblyClient;
import org.ipu.assembly.testkit.Caller;
import org.ipu.assembly.testkit.CatchAll;

/** Runs the load scenario and writes {@code load-report/figures.json} and {@code latency.html}. */
public final class LoadHarness {

  static final String SECRETARIAT = "secretariat";
  static final String LOAD_PASSWORD = "load-password-1";
  static final Function<String, String> PASSWORD_OF =
      user -> user.startsWith("load.") ? LOAD_PASSWORD : "assembly-demo";

  private final int delegations = intSetting("LOAD_DELEGATIONS", 150);
  private final int delegatesEach = intSetting("LOAD_DELEGATES", 10);
  private final int screens = intSetting("LOAD_SOCKETS", 3000);
  private final int ballots = intSetting("LOAD_BALLOTS", 1500);
  private final int seconds = intSetting("LOAD_SECONDS", 5);
  private final int reconnects = intSetting("LOAD_RECONNECTS", 10);
  private final int warmUpVotes = intSetting("LOAD_WARM_UP", 8);

  /**
   * The votes open with a countdown of this many seconds (0: untimed), longer than a run, and the
   * Secretariat closes them early: the ballots and frames are those of a timed vote.
   */
  private final int timedSeconds = intSetting("LOAD_TIMED_SECONDS", 600);

  private final Path report =
      Path.of(System.getenv().getOrDefault("LOAD_REPORT", "target/load-report"));
  private final Server server = Server.fromEnvironment();
  private final JsonObjectBuilder figures = Json.createObjectBuilder();
  private final List<String> failures = new ArrayList<>();
  private AssemblyClient client;

  /**
   * LOAD_PASSWORD_AT_OPENING=true: the server under load is a build from before accounts were
   * opened by invitation (2026-11-30), which takes the password with the account; for comparing
   * figures with such a build (-Dload.ear=...).
   */
  private static final boolean PASSWORD_AT_OPENING =
      Boolean.parseBoolean(System.getenv("LOAD_PASSWORD_AT_OPENING"));

  private final Map<String, Caller> callers = new ConcurrentHashMap<>();
  private final Screens screenClient;
  private final JdbcFloor jdbcFloor = JdbcFloor.fromEnvironment();

  /** One accepted or refused ballot as the harness saw it. */
  LoadHarness() throws java.io.IOException {
    screenClient = new Screens();
  }

  record Sent(long sentAt, double ackMillis, int status, JsonObject receipt) {}

  public static void main(String[] args) throws Exception {
    LoadHarness harness = new LoadHarness();
    int exit = 2;
    try {
      exit = harness.run();
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      harness.server.stop();
      // The harness's client threads would keep the JVM alive after a failure.
      System.exit(exit);
    }
  }

  private int run() throws Exception {
    double speed = cpuSpeed();
    // One client for every tablet and the Secretariat (one connection pool, as before).
    client =
        AssemblyClient.to(
            server.start(),
            Duration.ofSeconds(10),
            Duration.ofSeconds(60),
            Executors.newFixedThreadPool(16));
    Files.createDirectories(report);
    log(
        "target "
            + client.base()
            + ": "
            + delegations
            + " delegations x "
            + delegatesEach
            + " delegates, "
            + screens
            + " screens, "
            + ballots
            + " ballots in "
            + seconds
            + " s");

    Map<String, List<String>> casters = setUpPlenary();
    long vote = newVote("Load test " + LocalDateTime.now());

    Long heapBaseline = server.liveHeapKb();
    List<Screen> connected = connect(vote);
    Long heapConnected = server.liveHeapKb();
    figures.add(
        "heapPer1000SocketsKb",
        heapBaseline == null ? -1 : (heapConnected - heapBaseline) * 1000 / screens);
    // A server in service has cast and broadcast for hours before a vote: votes with every screen
    // connected warm it up (the JIT compiles the casting and broadcasting paths only after some
    // thousands of calls: measured, ack p50 290, 80, 54, 58, 42, 37, 29, 26 ms over 8 such votes,
    // with 1,120 compilations in the first and about 100-200 in each of the last); their figures
    // are reported apart.
    JsonArrayBuilder warmUps = Json.createArrayBuilder();
    for (int round = 1; round <= warmUpVotes; round++) {
      Long compiledBefore = server.jitCompilations();
      long first = newVote("Warm-up " + round);
      open(first);
      List<Sent> cold = fire(first, casters);
      expect(as(SECRETARIAT).post("/api/votes/" + first + "/close", ""), 200, "close");
      double[] acks = cold.stream().mapToDouble(Sent::ackMillis).sorted().toArray();
      Long compiled = jitCompilationsSince(compiledBefore);
      JsonObjectBuilder warmUp =
          Json.createObjectBuilder()
              .add("ackMillis", percentiles(acks))
              .add("accepted", cold.stream().filter(s -> s.status() == 201).count());
      if (compiled != null) {
        warmUp.add("jitCompilations", compiled);
      }
      warmUps.add(warmUp);
      log(
          "warm-up vote "
              + round
              + ": ack p50 "
              + percentile(acks, 50)
              + " p99 "
              + percentile(acks, 99)
              + (compiled == null ? "" : ", JIT compilations " + compiled));
    }
    figures.add("warmUpVotes", warmUps);
    figures.add("timedSeconds", timedSeconds);

    Long compiledBefore = server.jitCompilations();
    open(vote);
    Burst burst = Burst.start(server);
    List<Sent> sent = fire(vote, casters);
    burst.end(server);
    int frameBytes = connected.stream().mapToInt(s -> s.lastFrameLength).max().orElse(0);
    int serverConnections = connectionsToTheDatabase();
    Long compiled = jitCompilationsSince(compiledBefore);
    if (compiled != null) {
      figures.add("jitCompilationsDuringVote", compiled);
    }
    measure(sent);
    Thread.sleep(1500);
    long closing = System.currentTimeMillis();
    expect(as(SECRETARIAT).post("/api/votes/" + vote + "/close", ""), 200, "close");
    long closeToAll = awaitClosed(connected, closing);
    closeToAllScreensMillis = closeToAll;
    figures.add("closeToAllScreensMillis", closeToAll);

    analyse(vote, sent, connected);
    reconnectStorm(vote, connected, heapBaseline);
    Long rss = server.residentKb();
    figures.add("serverRssMb", rss == null ? -1 : rss / 1024);
    check(
        rss == null || rss <= 1024 * 1024,
        "server RSS " + (rss == null ? "?" : rss / 1024) + " MB > 1 GiB");

    // What does not depend on the hour: the server's CPU per ballot and per frame, and the floors
    // measured now, on the same machine, against which the latencies are given as ratios.
    serverCpu(burst, sent, connected, casters);
    floors(vote, frameBytes, serverConnections);

    figures.add("failures", Json.createArrayBuilder(failures));
    figures.add(
        "machine",
        Json.createObjectBuilder()
            .add("cores", Runtime.getRuntime().availableProcessors())
            .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
            .add("java", System.getProperty("java.version"))
            .add("at", LocalDateTime.now(ZoneOffset.UTC).toString() + "Z")
            .add("sha256MbPerSecond", speed));
    JsonObject written = figures.build();
    Files.writeString(report.resolve("figures.json"), written.toString());
    Files.writeString(report.resolve("latency.html"), Chart.html(sent, latencies, written));
    log("figures: " + written);
    log(failures.isEmpty() ? "PASS" : "FAIL: " + failures);
    return failures.isEmpty() ? 0 : 1;
  }

  /**
   * 150 delegations of 10 present delegates each, all allowed to cast (the head designates the
   * others): registered, approved and invited through the registration API, or, on a build from
   * before registration (no {@code /api/registrations}, e.g. {@code e366f97}), opened as delegate
   * accounts flagged head of delegation as such builds did. Each list of user names starts with the
   * delegation's head.
   */
  private Map<String, List<String>> setUpPlenary() throws Exception {
    long started = System.currentTimeMillis();
    Answer registrations = as(SECRETARIAT).get("/api/registrations");
    boolean byRegistration = registrations.status() != 404;
    figures.add("delegatesBy", byRegistration ? "registration" : "accounts");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    Map<String, List<String>> casters;
    try {
      if (byRegistration) {
        casters =
            registerDelegations(pool, registrations.expect(200, "registrations").array(), started);
      } else {
        log(
            "no /api/registrations on the server (a build from before registration):"
                + " delegates opened as accounts, heads flagged with ?head=true");
        casters = openDelegateAccounts(pool);
      }
      Map<String, Long> ids = new HashMap<>();
      as(SECRETARIAT)
          .get("/api/accounts")
          .json()
          .asJsonArray()
          .getValuesAs(JsonObject.class)
          .forEach(a -> ids.put(a.getString("username"), a.getJsonNumber("id").longValue()));
      List<Future<?>> work = new ArrayList<>();
      for (List<String> names : casters.values()) {
        for (String username : names) {
          work.add(
              pool.submit(
                  () -> {
                    as(SECRETARIAT)
                        .put(
                            "/api/plenary/presence/" + account(ids, username),
                            "{\"state\": \"PRESENT\"}")
                        .expect(200, "presence of " + username);
                    return null;
                  }));
        }
      }
      waitAll(work);
      for (List<String> names : casters.values()) {
        String head = names.get(0);
        for (String username : names.subList(1, names.size())) {
          work.add(
              pool.submit(
                  () -> {
                    as(head)
                        .post(
                            "/api/plenary/designations",
                            "{\"accountId\": " + account(ids, username) + "}")
                        .expect(204, "designation of " + username + " by " + head);
                    return null;
                  }));
        }
      }
      waitAll(work);
      // Delegates sign in on their tablets before the sitting; the ballots then go with that
      // session.
      for (List<String> names : casters.values()) {
        for (String username : names) {
          work.add(
              pool.submit(
                  () -> {
                    as(username).signIn();
                    return null;
                  }));
        }
      }
      waitAll(work);
    } finally {
      pool.shutdown();
    }
    figures.add("setupSeconds", (System.currentTimeMillis() - started) / 1000.0);
    log("plenary set up in " + (System.currentTimeMillis() - started) + " ms");
    return casters;
  }

  private static long account(Map<String, Long> ids, String username) {
    Long id = ids.get(username);
    if (id == null) {
      throw new IllegalStateException("no account " + username + " in /api/accounts");
    }
    return id;
  }

  /**
   * The delegations as the Secretariat registers them: for each voting Member without a delegation
   * at the current Assembly, a delegation of {@code LOAD_DELEGATES} members of parliament (the
   * first is the head), submitted and approved; each delegate invited, and the invitation the
   * server mailed (to its catch-all folder) accepted with the load password. Delegations are set up
   * in parallel, each one's requests in turn (a delegation's changes lock it).
   */
  private Map<String, List<String>> registerDelegations(
      ExecutorService pool, JsonArray existing, long started) throws Exception {
    Set<Long> registered =
        existing.getValuesAs(JsonObject.class).stream()
            .map(d -> d.getJsonNumber("parliamentId").longValue())
            .collect(Collectors.toSet());
    List<JsonObject> members = votingMembers(registered);
    makeRoomFor(delegatesEach);
    Map<String, List<String>> casters = new ConcurrentHashMap<>();
    Set<String> invited = ConcurrentHashMap.newKeySet();
    CatchAll mail = new CatchAll(server.mailFolder());
    List<Future<?>> work = new ArrayList<>();
    for (JsonObject member : members) {
      String code = member.getString("countryCode").toLowerCase(Locale.ROOT);
      long parliament = member.getJsonNumber("id").longValue();
      work.add(
          pool.submit(
              () -> {
                casters.put(code, register(code, parliament, invited));
                return null;
              }));
    }
    waitAll(work);
    log(
        members.size()
            + " delegations registered, approved and invited in "
            + (System.currentTimeMillis() - started)
            + " ms");
    acceptInvitations(pool, mail, invited);
    return casters;
  }

  /** One delegation registered, approved and invited; its delegates' user names, head first. */
  private List<String> register(String code, long parliament, Set<String> invited)
      throws Exception {
    Caller secretariat = as(SECRETARIAT);
    String base = "/api/registrations/" + parliament;
    secretariat.post(base, "{\"fromEarlierAssembly\": false}").expect(201, "delegation of " + code);
    List<Long> participants = new ArrayList<>();
    for (int n = 0; n < delegatesEach; n++) {
      participants.add(
          secretariat
              .post(base + "/participants", delegate(code, n).toString())
              .expect(201, "delegate " + n + " of " + code)
              .id());
    }
    JsonObject sheet = secretariat.get(base).expect(200, "delegation of " + code).object();
    sheet =
        secretariat
            .post(base + "/submission", version(sheet))
            .expect(200, "submission of " + code)
            .object();
    secretariat.post(base + "/approval", version(sheet)).expect(200, "approval of " + code);
    List<String> usernames = new ArrayList<>();
    for (int n = 0; n < participants.size(); n++) {
      JsonObject line =
          secretariat
              .post("/api/registrations/participants/" + participants.get(n) + "/invitation", "")
              .expect(200, "invitation of delegate " + n + " of " + code)
              .object();
      usernames.add(line.getString("account"));
      invited.add(email(code, n));
    }
    return usernames;
  }

  /**
   * A member of parliament of the load's delegation: given name {@code Load}, so that the user name
   * the server makes ({@code load.delegate-<n>.<country>}) takes the load password; women and men
   * in turn (no single-sex warning).
   */
  private static JsonObject delegate(String code, int n) {
    return Json.createObjectBuilder()
        .add("familyName", "Delegate " + n)
        .add("givenNames", "Load")
        .add("gender", n % 2 == 0 ? "FEMALE" : "MALE")
        .add("bornOn", "1970-01-01")
        .add("category", "MEMBER_OF_PARLIAMENT")
        .add("head", n == 0)
        .add("email", email(code, n))
        .add("workingLanguage", "en")
        .build();
  }

  private static String email(String code, int n) {
    return "load." + code + "." + n + "@load.test";
  }

  private static String version(JsonObject sheet) {
    return "{\"version\": " + sheet.getJsonNumber("version") + "}";
  }

  /**
   * Raises the Assembly's delegation size limits (Statutes: 8, and 10 from 100 million) to {@code
   * delegates}, and as many more as the gender sanction takes off, where they are lower.
   */
  private void makeRoomFor(int delegates) throws Exception {
    JsonObject settings = as(SECRETARIAT).get("/api/settings").expect(200, "settings").object();
    Map<String, Integer> values = new HashMap<>();
    for (JsonObject setting : settings.getJsonArray("settings").getValuesAs(JsonObject.class)) {
      if (setting.get("value") instanceof jakarta.json.JsonNumber number) {
        values.put(setting.getString("key"), number.intValue());
      }
    }
    int needed = delegates + values.getOrDefault("delegation.gender-sanction", 0);
    JsonObjectBuilder raised = Json.createObjectBuilder();
    for (String key : List.of("delegation.size", "delegation.size-large")) {
      if (values.getOrDefault(key, 0) < needed) {
        raised.add(key, needed);
      }
    }
    JsonObject change = raised.build();
    if (!change.isEmpty()) {
      as(SECRETARIAT)
          .put(
              "/api/settings",
              Json.createObjectBuilder()
                  .add("version", settings.getJsonNumber("version"))
                  .add("values", change)
                  .build()
                  .toString())
          .expect(200, "settings " + change);
      log("delegation size limits raised: " + change);
    }
  }

  /**
   * The delegates as builds from before registration opened them: a delegate account each, the
   * first of each delegation flagged head of delegation ({@code ?head=true}), for the voting
   * Members that have no head yet. Accounts are opened by invitation (each delegate sets its
   * password through the link the server mailed to its catch-all folder) except on builds older
   * still (LOAD_PASSWORD_AT_OPENING); an account left from an earlier run (409) keeps its password.
   */
  private Map<String, List<String>> openDelegateAccounts(ExecutorService pool) throws Exception {
    // A delegation has one head: the harness's delegates head delegations that have none yet.
    Set<Long> headed =
        as(SECRETARIAT)
            .get("/api/accounts")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getBoolean("headOfDelegation", false))
            .map(a -> a.getJsonNumber("parliamentId").longValue())
            .collect(Collectors.toSet());
    List<JsonObject> members = votingMembers(headed);
    Map<String, List<String>> casters = new ConcurrentHashMap<>();
    Set<String> invited = ConcurrentHashMap.newKeySet();
    CatchAll mail = new CatchAll(server.mailFolder());
    List<Future<?>> work = new ArrayList<>();
    for (JsonObject member : members) {
      String code = member.getString("countryCode").toLowerCase(Locale.ROOT);
      long parliament = member.getJsonNumber("id").longValue();
      List<String> names = new ArrayList<>();
      for (int n = 0; n < delegatesEach; n++) {
        String username = "load." + code + "." + n;
        names.add(username);
        boolean head = n == 0;
        work.add(
            pool.submit(
                () -> {
                  JsonObjectBuilder account =
                      Json.createObjectBuilder()
                          .add("username", username)
                          .add("fullName", "Load delegate " + username)
                          .add("email", username + "@load.test")
                          .add("parliamentId", parliament);
                  if (PASSWORD_AT_OPENING) {
                    account.add("password", LOAD_PASSWORD);
                  }
                  Answer a =
                      as(SECRETARIAT)
                          .post("/api/accounts/delegates?head=" + head, account.build().toString());
                  if (PASSWORD_AT_OPENING && (a.status() == 201 || a.status() == 409)) {
                    return null;
                  } else if (a.status() == 201) {
                    invited.add(username + "@load.test");
                  } else if (a.status() != 409) {
                    throw new IllegalStateException("delegate " + username + ": " + a.body());
                  }
                  return null;
                }));
      }
      casters.put(code, names);
    }
    waitAll(work);
    acceptInvitations(pool, mail, invited);
    return casters;
  }

  /**
   * The first {@code LOAD_DELEGATIONS} voting Members by country code, leaving out those given;
   * fewer is a failure of the run.
   */
  private List<JsonObject> votingMembers(Set<Long> leftOut) throws Exception {
    List<JsonObject> members =
        as(SECRETARIAT)
            .get("/api/parliaments")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                p ->
                    p.getString("status").equals("MEMBER")
                        && !p.getBoolean("suspended")
                        && p.containsKey("countryCode")
                        && !leftOut.contains(p.getJsonNumber("id").longValue()))
            .sorted(Comparator.comparing(p -> p.getString("countryCode")))
            .limit(delegations)
            .toList();
    check(
        members.size() == delegations,
        "only " + members.size() + " voting Members in the Assembly");
    return members;
  }

  /** Each invited delegate sets the load password through the link the server mailed. */
  private void acceptInvitations(ExecutorService pool, CatchAll mail, Set<String> invited)
      throws Exception {
    List<Future<?>> work = new ArrayList<>();
    for (String token : mail.invitationTokens(invited, Duration.ofMinutes(5)).values()) {
      work.add(
          pool.submit(
              () -> {
                Answer a =
                    as(null)
                        .post(
                            "/api/public/invitations/accept",
                            Json.createObjectBuilder()
                                .add("token", token)
                                .add("password", LOAD_PASSWORD)
                                .build()
                                .toString());
                if (a.status() != 200) {
                  throw new IllegalStateException("invitation: " + a.body());
                }
                return null;
              }));
    }
    waitAll(work);
  }

  private List<Screen> connect(long vote) throws Exception {
    long started = System.currentTimeMillis();
    URI uri = URI.create(client.base().replaceFirst("^http", "ws") + "/ws/plenary");
    List<Screen> connected = new ArrayList<>();
    for (int batch = 0; batch < screens; batch += 250) {
      List<CompletableFuture<?>> opening = new ArrayList<>();
      for (int i = batch; i < Math.min(screens, batch + 250); i++) {
        Screen screen = new Screen(vote);
        connected.add(screen);
        opening.add(screenClient.connect(screen, uri));
      }
      CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
    log(screens + " screens connected in " + (System.currentTimeMillis() - started) + " ms");
    return connected;
  }

  /** Every delegate casts once, in random order, spread evenly over the firing window. */
  private List<Sent> fire(long vote, Map<String, List<String>> casters) throws Exception {
    List<String> order = new ArrayList<>();
    casters.values().forEach(order::addAll);
    Collections.shuffle(order, new Random(42));
    order = order.subList(0, Math.min(ballots, order.size()));
    ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
    ExecutorService senders = Executors.newFixedThreadPool(96);
    Random random = new Random(7);
    long periodMicros = seconds * 1_000_000L / order.size();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String caster = order.get(i);
      int yes = random.nextInt(6);
      int no = random.nextInt(4);
      int abstain = yes + no == 0 ? 1 : random.nextInt(2);
      String body =
          "{\"yes\": "
              + yes
              + ", \"no\": "
              + no
              + ", \"abstain\": "
              + abstain
              + ", \"idempotencyKey\": \""
              + java.util.UUID.randomUUID()
              + "\"}";
      CompletableFuture<Void> finished = new CompletableFuture<>();
      done.add(finished);
      clock.schedule(
          () ->
              senders.submit(
                  () -> {
                    long sentAt = System.currentTimeMillis();
                    long t0 = System.nanoTime();
                    try {
                      Answer a = as(caster).post("/api/votes/" + vote + "/ballots", body);
                      double ack = (System.nanoTime() - t0) / 1e6;
                      sent.add(
                          new Sent(sentAt, ack, a.status(), a.status() == 201 ? a.object() : null));
                      if (a.status() != 201) {
                        log("ballot of " + caster + " refused: " + a.status() + " " + a.body());
                      }
                    } catch (Exception e) {
                      sent.add(new Sent(sentAt, (System.nanoTime() - t0) / 1e6, -1, null));
                      log("ballot of " + caster + " failed: " + e);
                    } finally {
                      finished.complete(null);
                    }
                  }),
          i * periodMicros,
          TimeUnit.MICROSECONDS);
    }
    waitAll(done);
    clock.shutdown();
    senders.shutdown();
    return new ArrayList<>(sent);
  }

  private void measure(List<Sent> all) {
    long elapsed =
        all.stream().mapToLong(s -> s.sentAt() + Math.round(s.ackMillis())).max().orElse(0)
            - all.stream().mapToLong(Sent::sentAt).min().orElse(0);
    long accepted = all.stream().filter(s -> s.status() == 201).count();
    figures
        .add("ballotsSent", all.size())
        .add("ballotsAccepted", accepted)
        .add("firingSeconds", elapsed / 1000.0)
        .add("ballotsPerSecond", Math.round(all.size() * 1000.0 / elapsed));
    check(accepted == all.size(), (all.size() - accepted) + " ballots refused or failed");
    double[] acks = all.stream().mapToDouble(Sent::ackMillis).sorted().toArray();
    ackMillis = acks;
    figures.add("ackMillis", percentiles(acks));
    check(percentile(acks, 99) <= 100, "ack p99 " + percentile(acks, 99) + " ms > 100 ms");
    log(
        all.size()
            + " ballots in "
            + elapsed
            + " ms; ack p50 "
            + percentile(acks, 50)
            + " p99 "
            + percentile(acks, 99));
  }

  private final List<double[]> latencies = new ArrayList<>();
  private double[] ackMillis = new double[0];
  private double[] commitToAllScreensMillis = new double[0];
  private double[] burstFrameToAllScreensMillis = new double[0];
  private long closeToAllScreensMillis = -1;
  private Double serverCpuPerFrameMillis;

  /** The server's and the database's CPU counters at the start and end of a burst of ballots. */
  private static final class Burst {
    final long startedAt = System.currentTimeMillis();
    final Long cpuBefore;
    final Long databaseBefore;
    long endedAt;
    Long cpu;
    Long database;

    private Burst(Server server) throws java.io.IOException {
      cpuBefore = server.cpuMillis();
      databaseBefore = server.databaseCpuMillis();
    }

    static Burst start(Server server) throws java.io.IOException {
      return new Burst(server);
    }

    void end(Server server) throws java.io.IOException {
      endedAt = System.currentTimeMillis();
      Long after = server.cpuMillis();
      Long databaseAfter = server.databaseCpuMillis();
      cpu = cpuBefore == null || after == null ? null : after - cpuBefore;
      database =
          databaseBefore == null || databaseAfter == null ? null : databaseAfter - databaseBefore;
    }
  }

  /**
   * The server's CPU time per ballot and per frame. The measured burst cost ballots and frames
   * together; one more vote, cast the same way with no screen connected, costs the ballots alone;
   * the difference over the frames the server broadcast during the burst is the CPU per frame.
   */
  private void serverCpu(
      Burst withScreens, List<Sent> sent, List<Screen> connected, Map<String, List<String>> casters)
      throws Exception {
    if (withScreens.cpu == null) {
      log("server CPU: not measured (the harness did not start the server; set LOAD_SERVER_PID)");
      return;
    }
    TreeMap<Long, Long> frames = new TreeMap<>();
    connected.forEach(screen -> screen.lastArrivals(frames));
    int framesInBurst =
        frames.subMap(withScreens.startedAt, true, withScreens.endedAt, true).size();
    long ballotsWithScreens = sent.size();

    long alone = newVote("Ballots without screens");
    expect(as(SECRETARIAT).post("/api/votes/" + alone + "/open", ""), 200, "open");
    Burst withoutScreens = Burst.start(server);
    List<Sent> aloneSent = fire(alone, casters);
    withoutScreens.end(server);
    expect(as(SECRETARIAT).post("/api/votes/" + alone + "/close", ""), 200, "close");

    double perBallot = (double) withScreens.cpu / ballotsWithScreens;
    double perBallotAlone = (double) withoutScreens.cpu / aloneSent.size();
    JsonObjectBuilder cpu =
        Json.createObjectBuilder()
            .add("burstMillis", withScreens.cpu)
            .add("burstSeconds", (withScreens.endedAt - withScreens.startedAt) / 1000.0)
            .add("ballots", ballotsWithScreens)
            .add("framesBroadcast", framesInBurst)
            .add("perBallotMillis", round(perBallot))
            .add("perBallotWithoutScreensMillis", round(perBallotAlone));
    if (framesInBurst > 0) {
      serverCpuPerFrameMillis =
          round((withScreens.cpu - perBallotAlone * ballotsWithScreens) / framesInBurst);
      cpu.add("perFrameMillis", serverCpuPerFrameMillis);
    }
    if (withScreens.database != null && withoutScreens.database != null) {
      cpu.add("databasePerBallotMillis", round((double) withScreens.database / ballotsWithScreens))
          .add(
              "databasePerBallotWithoutScreensMillis",
              round((double) withoutScreens.database / aloneSent.size()));
    }
    JsonObject written = cpu.build();
    figures.add("serverCpu", written);
    log("server CPU: " + written);
  }

  /**
   * The floors, measured now: the ballots' rows written straight through JDBC, and a frame of the
   * same size broadcast to as many sockets by a server that does nothing else; then each latency as
   * a ratio to its floor.
   */
  private void floors(long vote, int frameBytes, int serverConnections) throws Exception {
    JsonObjectBuilder floors = Json.createObjectBuilder();
    JsonObjectBuilder ratios = Json.createObjectBuilder();
    if (jdbcFloor != null && serverConnections > 0) {
      JdbcFloor.Result jdbc =
          jdbcFloor.run(vote, Math.min(ballots, ackMillis.length), seconds, serverConnections);
      floors.add(
          "jdbcBallotMillis",
          percentiles(jdbc.sortedMillis())
              .add("connections", jdbc.connections())
              .add("tables", Json.createArrayBuilder(jdbc.tables())));
      ratios.add("ackMillis", ratios(ackMillis, jdbc.sortedMillis()));
      log("JDBC floor: p50 " + percentile(jdbc.sortedMillis(), 50) + " ms");
    } else {
      log("JDBC floor: not measured (no database at LOAD_DB_URL)");
    }
    int port = intSetting("LOAD_FLOOR_PORT", 0);
    try (BroadcastFloor floor = new BroadcastFloor(port)) {
      URI uri = URI.create("ws://127.0.0.1:" + floor.port() + "/floor");
      long floorVote = 999_999_999L;
      List<Screen> floorScreens = new ArrayList<>();
      for (int batch = 0; batch < screens; batch += 250) {
        List<CompletableFuture<?>> opening = new ArrayList<>();
        for (int i = batch; i < Math.min(screens, batch + 250); i++) {
          Screen screen = new Screen(floorVote);
          floorScreens.add(screen);
          opening.add(screenClient.connect(screen, uri));
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new))
            .get(60, TimeUnit.SECONDS);
      }
      long deadline = System.currentTimeMillis() + 10_000;
      while (floor.sockets() < screens && System.currentTimeMillis() < deadline) {
        Thread.sleep(10);
      }
      int frames = 30;
      double[] cpu = new double[frames];
      for (int n = 0; n < frames; n++) {
        long due = System.currentTimeMillis() + 100;
        cpu[n] = floor.broadcast(floorVote, n, frameBytes) / 1e6;
        Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
      }
      Thread.sleep(1000);
      TreeMap<Long, Long> lastArrival = new TreeMap<>();
      floorScreens.forEach(screen -> screen.lastArrivals(lastArrival));
      double[] toAll =
          lastArrival.entrySet().stream()
              .mapToDouble(e -> e.getValue() - e.getKey())
              .sorted()
              .toArray();
      int reached = (int) floorScreens.stream().filter(s -> s.frames() == frames).count();
      floorScreens.forEach(Screen::close);
      Arrays.sort(cpu);
      floors.add(
          "broadcastFrameToAllScreensMillis",
          percentiles(toAll)
              .add("sockets", floor.sockets())
              .add("screensWithEveryFrame", reached)
              .add("frameBytes", frameBytes));
      floors.add("broadcastCpuMillisPerFrame", percentiles(cpu));
      ratios.add("commitToAllScreensMillis", ratios(commitToAllScreensMillis, toAll));
      ratios.add("burstFrameToAllScreensMillis", ratios(burstFrameToAllScreensMillis, toAll));
      if (closeToAllScreensMillis >= 0 && toAll.length > 0) {
        ratios.add(
            "closeToAllScreensMillis", round(closeToAllScreensMillis / percentile(toAll, 50)));
      }
      if (serverCpuPerFrameMillis != null && percentile(cpu, 50) > 0) {
        ratios.add("serverCpuPerFrame", round(serverCpuPerFrameMillis / percentile(cpu, 50)));
      }
      log(
          "broadcast floor: "
              + floor.sockets()
              + " sockets, frame to all p50 "
              + percentile(toAll, 50)
              + " ms, CPU p50 "
              + percentile(cpu, 50)
              + " ms");
    }
    figures.add("floors", floors);
    figures.add("ratiosToFloor", ratios);
  }

  /** How many connections the server holds to the database (0 when it cannot be asked). */
  private int connectionsToTheDatabase() {
    if (jdbcFloor == null) {
      return 0;
    }
    try {
      return jdbcFloor.serverConnections();
    } catch (java.sql.SQLException e) {
      log("JDBC floor: the database does not answer at LOAD_DB_URL (" + e.getMessage() + ")");
      return 0;
    }
  }

  /** p50, p95 and p99 of a latency, each over the same percentile of its floor. */
  private static JsonObjectBuilder ratios(double[] latency, double[] floor) {
    JsonObjectBuilder ratio = Json.createObjectBuilder();
    for (int p : new int[] {50, 95, 99}) {
      double under = percentile(floor, p);
      if (latency.length > 0 && under > 0) {
        ratio.add("p" + p, round(percentile(latency, p) / under));
      }
    }
    return ratio;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /**
   * Commit to every screen, and the final tally against the receipts and the server's
   * recomputation.
   */
  private void analyse(long vote, List<Sent> sent, List<Screen> connected) throws Exception {
    // A frame's serverTime is taken before its tally is read, so it includes every ballot committed
    // by then. A ballot commits after its castAt and before its receipt arrives: the first frame
    // computed after the receipt arrived surely includes it (upper bound, checked against the
    // target); the first computed after castAt may not yet (lower bound). Both run from castAt.
    List<Double> upper = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    int missing = 0;
    for (Sent s : sent) {
      if (s.receipt() == null) {
        continue;
      }
      long cast =
          LocalDateTime.parse(s.receipt().getString("castAt"))
              .toInstant(ZoneOffset.UTC)
              .toEpochMilli();
      long received = s.sentAt() + (long) Math.ceil(s.ackMillis());
      long surely = lastScreen(connected, received);
      if (surely < 0) {
        missing++;
        continue;
      }
      upper.add((double) (surely - cast));
      lower.add((double) (lastScreen(connected, cast) - cast));
      latencies.add(new double[] {s.sentAt(), surely - cast});
    }
    double[] sorted = upper.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    commitToAllScreensMillis = sorted;
    figures.add("commitToAllScreensMillis", percentiles(sorted));
    figures.add(
        "commitToAllScreensLowerBoundMillis",
        percentiles(lower.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
    check(missing == 0, missing + " ballots never reached every screen");
    check(
        sorted.length > 0 && percentile(sorted, 99) <= 300,
        "commit -> all screens p99 " + percentile(sorted, 99) + " ms > 300 ms");

    Map<Long, JsonObject> last = new HashMap<>();
    for (Sent s : sent) {
      if (s.receipt() != null) {
        last.merge(
            s.receipt().getJsonNumber("parliamentId").longValue(),
            s.receipt(),
            (a, b) -> a.getInt("ballotVersion") >= b.getInt("ballotVersion") ? a : b);
      }
    }
    int yes = last.values().stream().mapToInt(r -> r.getInt("yes")).sum();
    int no = last.values().stream().mapToInt(r -> r.getInt("no")).sum();
    int abstain = last.values().stream().mapToInt(r -> r.getInt("abstain")).sum();
    JsonObject totals = as(null).get("/api/public/votes/" + vote).object().getJsonObject("totals");
    boolean equal =
        totals.getInt("yes") == yes
            && totals.getInt("no") == no
            && totals.getInt("abstain") == abstain;
    figures.add("tallyEqualsReceipts", equal);
    check(
        equal,
        "final tally " + totals + " differs from the receipts " + yes + "/" + no + "/" + abstain);
    JsonObject audit = as(SECRETARIAT).post("/api/audit/verify", "").object();
    figures.add("auditProblems", audit.getJsonArray("problems").size());
    check(audit.getJsonArray("problems").isEmpty(), "audit: " + audit.getJsonArray("problems"));
    int frames = connected.stream().mapToInt(Screen::frames).max().orElse(0);
    figures.add("framesPerScreenMax", frames);
    frameFigures(sent, connected);
  }

  /**
   * Where commit -> every screen goes: how often the server prepared a frame while ballots came in
   * (the interval between frames' server times) and how long one frame took from being prepared to
   * reaching the last screen.
   */
  private void frameFigures(List<Sent> sent, List<Screen> connected) {
    long first = sent.stream().mapToLong(Sent::sentAt).min().orElse(0);
    long last =
        sent.stream().mapToLong(s -> s.sentAt() + Math.round(s.ackMillis())).max().orElse(0);
    TreeMap<Long, Long> lastArrival = new TreeMap<>();
    connected.forEach(screen -> screen.lastArrivals(lastArrival));
    var burst = lastArrival.subMap(first, true, last, true);
    List<Double> intervals = new ArrayList<>();
    Long previous = null;
    for (long serverTime : burst.keySet()) {
      if (previous != null) {
        intervals.add((double) (serverTime - previous));
      }
      previous = serverTime;
    }
    figures.add(
        "burstFrameIntervalMillis",
        percentiles(intervals.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
    burstFrameToAllScreensMillis =
        burst.entrySet().stream().mapToDouble(e -> e.getValue() - e.getKey()).sorted().toArray();
    figures.add("burstFrameToAllScreensMillis", percentiles(burstFrameToAllScreensMillis));
  }

  /**
   * When the last screen received a frame computed at or after the given time, or -1 if one never
   * did.
   */
  private static long lastScreen(List<Screen> connected, long computedFrom) {
    long last = 0;
    for (Screen screen : connected) {
      long shown = screen.firstShowingAfter(computedFrom);
      if (shown < 0) {
        return -1;
      }
      last = Math.max(last, shown);
    }
    return last;
  }

  private long awaitClosed(List<Screen> connected, long closing) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline
        && connected.stream().anyMatch(s -> s.closedAt == 0)) {
      Thread.sleep(20);
    }
    long slowest =
        connected.stream()
            .mapToLong(s -> s.closedAt == 0 ? Long.MAX_VALUE : s.closedAt)
            .max()
            .orElse(0);
    long millis = slowest == Long.MAX_VALUE ? -1 : slowest - closing;
    check(millis >= 0 && millis <= 1000, "close -> result on every screen " + millis + " ms > 1 s");
    log("close reached every screen in " + millis + " ms");
    return millis;
  }

  private void reconnectStorm(long vote, List<Screen> connected, Long heapBaseline)
      throws Exception {
    long started = System.currentTimeMillis();
    List<Screen> current = connected;
    for (int round = 0; round < reconnects; round++) {
      current.forEach(Screen::close);
      current = connect(vote);
    }
    figures.add("reconnectStormSeconds", (System.currentTimeMillis() - started) / 1000.0);
    current.forEach(Screen::close);
    Thread.sleep(3000);
    Long after = server.liveHeapKb();
    if (heapBaseline != null && after != null) {
      figures.add("heapBaselineMb", heapBaseline / 1024).add("heapAfterStormMb", after / 1024);
      check(
          after <= heapBaseline * 1.25 + 20 * 1024,
          "heap after the reconnect storm "
              + after / 1024
              + " MB, baseline "
              + heapBaseline / 1024
              + " MB");
    }
  }

  /**
   * How much CPU this machine gives just before the server starts: SHA-256 on every core at once,
   * MB/s in all, best of three. Runs of the same code differ by up to five times with the
   * neighbours' load; this is recorded with each run to compare machines and periods.
   */
  private static double cpuSpeed() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    double best = 0;
    try {
      for (int round = 0; round < 3; round++) {
        long t0 = System.nanoTime();
        List<Future<byte[]>> hashing = new ArrayList<>();
        for (int c = 0; c < cores; c++) {
          hashing.add(
              pool.submit(
                  () -> {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    byte[] block = new byte[1 << 20];
                    for (int i = 0; i < 64; i++) {
                      sha.update(block);
                    }
                    return sha.digest();
                  }));
        }
        for (Future<byte[]> h : hashing) {
          h.get();
        }
        best = Math.max(best, 64.0 * cores / ((System.nanoTime() - t0) / 1e9));
      }
    } finally {
      pool.shutdown();
    }
    return Math.round(best);
  }

  /**
   * Methods the server's JIT compiled since the given count (null for a server the harness did not
   * start).
   */
  private Long jitCompilationsSince(Long before) throws Exception {
    Long now = server.jitCompilations();
    return before == null || now == null ? null : now - before;
  }

  /** Sets up an electronic vote, simple majority, as the Secretariat; returns its id. */
  /** Opens the vote, with its countdown unless timed votes are off. */
  private void open(long vote) throws Exception {
    expect(
        timedSeconds > 0
            ? as(SECRETARIAT)
                .post("/api/votes/" + vote + "/open-timed", "{\"seconds\": " + timedSeconds + "}")
            : as(SECRETARIAT).post("/api/votes/" + vote + "/open", ""),
        200,
        "open");
  }

  private long newVote(String subject) throws Exception {
    return as(SECRETARIAT)
        .post(
            "/api/votes",
            "{\"subject\": \""
                + subject
                + "\", \"method\": \"ELECTRONIC\", \"majority\": \"SIMPLE\"}")
        .object()
        .getJsonNumber("id")
        .longValue();
  }

  /** The caller for the user (null: anonymous), signed in once with Basic, later with a session. */
  private Caller as(String user) {
    return user == null
        ? client.anonymous()
        : callers.computeIfAbsent(user, u -> client.as(u, PASSWORD_OF.apply(u)));
  }

  private void check(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }

  private static void expect(Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
    }
  }

  private static void waitAll(List<? extends Future<?>> work) throws Exception {
    for (Future<?> f : work) {
      f.get(5, TimeUnit.MINUTES);
    }
    work.clear();
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return Math.round(sorted[Math.max(0, Math.min(sorted.length - 1, index))] * 10) / 10.0;
  }

  private static JsonObjectBuilder percentiles(double[] sorted) {
    return Json.createObjectBuilder()
        .add("p50", percentile(sorted, 50))
        .add("p95", percentile(sorted, 95))
        .add("p99", percentile(sorted, 99))
        .add("max", percentile(sorted, 100))
        .add("count", sorted.length);
  }

  private static int intSetting(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
  }

  static void log(String message) {
    System.out.println("[load] " + message);
  }
}
