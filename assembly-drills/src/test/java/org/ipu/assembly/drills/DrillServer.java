package org.ipu.assembly.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ipu.assembly.testkit.AssemblyClient;

/**
 * The server under a drill, run with {@code config/server/assembly-server} as the run command runs
 * it (own folder, ports 18xxx, empty embedded database), and the faults done to it; or the
 * two-server setup, run with {@code config/server/assembly-cluster} (a deployment group of two
 * instances behind HAProxy, its own folder and ports), where a drill reaches the load balancer or
 * one instance and kills one instance.
 */
final class DrillServer {

  /**
   * What Payara adds to its port base: debugger, IIOP (3), admin, OSGi shell, JMS, HTTP, HTTPS,
   * JMX.
   */
  private static final List<Integer> PAYARA_PORT_OFFSETS =
      List.of(9, 37, 38, 39, 48, 66, 76, 80, 81, 86);

  private static final int TIME_WAIT = 6;
  private static final int CLOSE = 7;

  /** The two-server setup's ports: its instances' port bases and the load balancer's port. */
  private static final int CLUSTER_OFFSET = 400;

  private static final int INSTANCE_OFFSET = 500;
  private static final int LOAD_BALANCER_OFFSET = 90;
  private static final int GRID_OFFSET = 900;

  private final String script;
  private final Path work;
  private final int portBase;
  private final int dbPort;
  private final boolean cluster;

  /** The two-server setup's Payara download: the single server's (the build puts it there). */
  private final Path downloads;

  private final String ear = System.getProperty("drills.ear");

  /** The single server, as the run command runs it. */
  DrillServer() {
    this(
        System.getProperty("drills.script"),
        Path.of(System.getProperty("drills.work", "target/drill-work")),
        Integer.getInteger("drills.portBase", 18000),
        Integer.getInteger("drills.dbPort", 18306),
        null);
  }

  private DrillServer(String script, Path work, int portBase, int dbPort, Path downloads) {
    this.script = script;
    this.work = work;
    this.portBase = portBase;
    this.dbPort = dbPort;
    this.cluster = downloads != null;
    this.downloads = downloads;
  }

  /**
   * The two-server setup: the administration server at port base 18400, the instances at 18500 and
   * 18600 (HTTP 18580, 18680), HAProxy on 18090, the database on 18307; its own folder, beside the
   * single server's (whose downloaded Payara it uses).
   */
  static DrillServer cluster() {
    DrillServer single = new DrillServer();
    return new DrillServer(
        System.getProperty("drills.clusterScript"),
        single.work.resolveSibling(single.work.getFileName() + "-cluster"),
        single.portBase + CLUSTER_OFFSET,
        single.dbPort + 1,
        single.work.resolve("downloads"));
  }

  /** Where the server writes its mail (the run command's catch-all: no SMTP server). */
  Path mailFolder() {
    return work.resolve("mail");
  }

  /** Where tablets and screens reach the Assembly: the server, or the load balancer. */
  String baseUrl() {
    return "http://localhost:" + httpPort();
  }

  private int httpPort() {
    return cluster ? basePort() + LOAD_BALANCER_OFFSET : portBase + 80;
  }

  /** The single server's port base, from which the two-server setup's ports are counted. */
  private int basePort() {
    return portBase - CLUSTER_OFFSET;
  }

  /** HAProxy's statistics page (on this machine only), of the two-server setup. */
  String balancerStatisticsUrl() {
    return "http://127.0.0.1:" + (httpPort() + 1);
  }

  /** One instance of the two-server setup, directly (1 or 2). */
  String instanceUrl(int instance) {
    return "http://localhost:" + (instancePortBase(instance) + 80);
  }

  private int instancePortBase(int instance) {
    return basePort() + INSTANCE_OFFSET + 100 * (instance - 1);
  }

  /** A client of its own on one instance of the two-server setup. */
  AssemblyClient newClientOf(int instance) {
    return AssemblyClient.to(
        instanceUrl(instance),
        java.time.Duration.ofSeconds(5),
        java.time.Duration.ofSeconds(20),
        null);
  }

  /**
   * A client of its own on this server (one per tablet, screen or console, as each is a device of
   * its own): connections time out after 5 s, requests after 20 s.
   */
  AssemblyClient newClient() {
    return AssemblyClient.to(
        baseUrl(), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(20), null);
  }

  String webSocketUrl() {
    return baseUrl().replaceFirst("^http", "ws") + "/ws/plenary";
  }

  /** Direct access to the drill's database, for what the API deliberately does not show. */
  Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:" + dbPort + "/assembly", "assembly", "embedded");
  }

  /** Stops a server an interrupted run may have left, then starts on an empty database. */
  void startFresh() throws Exception {
    run(Map.of(), "stop");
    awaitPortsFree();
    run(Map.of("ASSEMBLY_FRESH_DB", "true"), "start");
  }

  /**
   * Waits until no server from an interrupted run still holds the drill's ports (sockets in
   * TIME_WAIT do not stop a server binding).
   */
  private void awaitPortsFree() throws Exception {
    List<Integer> ports = new ArrayList<>(List.of(dbPort, httpPort()));
    PAYARA_PORT_OFFSETS.forEach(offset -> ports.add(portBase + offset));
    if (cluster) {
      for (int instance = 1; instance <= 2; instance++) {
        int base = instancePortBase(instance);
        PAYARA_PORT_OFFSETS.forEach(offset -> ports.add(base + offset));
      }
    }
    long deadline = System.currentTimeMillis() + 120_000;
    List<Integer> busy = busy(ports);
    while (!busy.isEmpty() && System.currentTimeMillis() < deadline) {
      Drill.log("waiting for ports " + busy + " to be free");
      Thread.sleep(2000);
      busy = busy(ports);
    }
    if (!busy.isEmpty()) {
      throw new IllegalStateException("ports " + busy + " are in use");
    }
  }

  /**
   * The ports some TCP socket holds, from /proc/net/tcp{,6}: "local_address" is hex IP:port, "st"
   * hex state.
   */
  private static List<Integer> busy(List<Integer> ports) throws IOException {
    Set<Integer> held = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
        String[] columns = line.trim().split("\\s+");
        int port = Integer.parseInt(columns[1].substring(columns[1].indexOf(':') + 1), 16);
        int state = Integer.parseInt(columns[3], 16);
        if (state != TIME_WAIT && state != CLOSE) {
          held.add(port);
        }
      }
    }
    return ports.stream().filter(held::contains).toList();
  }

  /**
   * Starts what is not running (after a crash: Payara, then deploys) keeping the data; returns how
   * long it took.
   */
  Duration start() throws Exception {
    long started = System.nanoTime();
    run(Map.of(), "start");
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Starts the embedded database alone, keeping its data; Payara is left as it is. */
  Duration startDatabase() throws Exception {
    long started = System.nanoTime();
    run(Map.of(), "start-database");
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** When the embedded database last said it was ready (it writes {@code database/ready} then). */
  long databaseReadyAt() throws IOException {
    return Files.getLastModifiedTime(work.resolve("database/ready")).toMillis();
  }

  void stop() throws Exception {
    run(Map.of(), "stop");
  }

  /** The Payara Server process now. */
  long payaraPid() throws IOException {
    return pid(work.resolve("payara6/glassfish/domains/assembly/config/pid"));
  }

  /** kill -9 of the Payara Server process; returns once it is gone. */
  void killPayara() throws Exception {
    killNow(List.of(payaraPid()));
  }

  /** kill -9 of one instance of the two-server setup (1 or 2); returns once it is gone. */
  void killInstance(int instance) throws Exception {
    killNow(
        List.of(
            pid(
                work.resolve(
                    "payara6/glassfish/nodes/localhost-assembly/assembly-"
                        + instance
                        + "/config/pid"))));
  }

  /** kill -9 of the embedded database: the MariaDB server and the Java wrapper that started it. */
  void killDatabase() throws Exception {
    long wrapper = pid(work.resolve("database/pid"));
    List<Long> pids = new ArrayList<>();
    ProcessHandle.of(wrapper)
        .orElseThrow(() -> new IllegalStateException("no database process " + wrapper))
        .descendants()
        .forEach(p -> pids.add(p.pid()));
    if (pids.stream()
        .noneMatch(
            p ->
                ProcessHandle.of(p)
                    .flatMap(h -> h.info().command())
                    .filter(c -> c.endsWith("mariadbd"))
                    .isPresent())) {
      throw new IllegalStateException("no mariadbd under the database wrapper " + wrapper);
    }
    pids.add(wrapper);
    killNow(pids);
  }

  private static void killNow(List<Long> pids) throws Exception {
    List<String> command = new ArrayList<>(List.of("kill", "-9"));
    pids.forEach(p -> command.add(Long.toString(p)));
    Process kill = new ProcessBuilder(command).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + pids + " failed");
    }
    for (long pid : pids) {
      ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
    }
    Drill.log("killed (SIGKILL) " + pids);
  }

  private static long pid(Path file) throws IOException {
    return Long.parseLong(Files.readString(file).trim());
  }

  private void run(Map<String, String> settings, String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", script, command).inheritIO();
    Map<String, String> env = builder.environment();
    env.put("ASSEMBLY_WORK", work.toString());
    env.put("ASSEMBLY_PORT_BASE", Integer.toString(portBase));
    env.put("ASSEMBLY_DB_PORT", Integer.toString(dbPort));
    env.put("ASSEMBLY_FRESH_DB", "false");
    env.put("ASSEMBLY_EAR", ear);
    env.put("ASSEMBLY_DEMO", "true");
    if (cluster) {
      env.put("ASSEMBLY_CLUSTER_PORT_BASE", Integer.toString(instancePortBase(1)));
      env.put("ASSEMBLY_LB_PORT", Integer.toString(httpPort()));
      env.put("ASSEMBLY_GRID_PORT", Integer.toString(basePort() + GRID_OFFSET));
      if (!Files.exists(work.resolve("downloads"))) {
        Files.createDirectories(work);
        Files.createSymbolicLink(work.resolve("downloads"), downloads);
      }
    }
    env.remove("ASSEMBLY_DB_URL");
    env.putAll(settings);
    Process process = builder.start();
    if (!process.waitFor(6, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(script + " " + command + " did not finish within 6 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          script + " " + command + " failed (exit " + process.exitValue() + ")");
    }
  }
}
