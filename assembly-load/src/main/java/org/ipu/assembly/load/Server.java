package org.ipu.assembly.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under load: started with {@code config/server/assembly-server} exactly as the run
 * command starts it (own folder, ports and empty database), or a running one given by LOAD_URL. For
 * a server it started, it can read the process's resident memory and its live heap after a full
 * collection (jcmd).
 */
final class Server {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final String url;
  private final String script;
  private final Path work;
  private boolean started;

  private Server(String url, String script, Path work) {
    this.url = url;
    this.script = script;
    this.work = work;
  }

  static Server fromEnvironment() {
    String url = System.getenv("LOAD_URL");
    return new Server(
        url == null || url.isBlank() ? null : url,
        System.getenv("LOAD_SERVER_SCRIPT"),
        Path.of(System.getenv().getOrDefault("ASSEMBLY_WORK", "target/load-work")));
  }

  /**
   * Where the server writes its mail (the run command's catch-all; with {@code LOAD_URL}, the
   * {@code ASSEMBLY_WORK} of that server).
   */
  Path mailFolder() {
    return work.resolve("mail");
  }

  /** Starts the server if no URL was given; returns the base URL. */
  String start() throws Exception {
    if (url != null) {
      return url;
    }
    started = true;
    run("start");
    return "http://localhost:"
        + (Integer.parseInt(System.getenv().getOrDefault("ASSEMBLY_PORT_BASE", "8000")) + 80);
  }

  void stop() throws Exception {
    if (started) {
      run("stop");
    }
  }

  private void run(String command) throws Exception {
    Process process = new ProcessBuilder("bash", script, command).inheritIO().start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("assembly-server " + command + " failed");
    }
  }

  private Long pid() throws IOException {
    String given = System.getenv("LOAD_SERVER_PID");
    if (!started && given != null && !given.isBlank()) {
      return Long.parseLong(given.trim());
    }
    Path pid = work.resolve("payara6/glassfish/domains/assembly/config/pid");
    return started && Files.exists(pid) ? Long.parseLong(Files.readString(pid).trim()) : null;
  }

  /**
   * CPU time (user and system, all threads) the server's process has used since it started, in
   * milliseconds, from the kernel's counters ({@code /proc/<pid>/stat}, in clock ticks of 10 ms):
   * null when the harness did not start the server and LOAD_SERVER_PID does not name it.
   */
  Long cpuMillis() throws IOException {
    Long pid = pid();
    return pid == null ? null : cpuMillis(pid, false);
  }

  /**
   * The same for the embedded database the harness started (its Java wrapper and the MariaDB server
   * it runs), or null.
   */
  Long databaseCpuMillis() throws IOException {
    Path file = work.resolve("database/pid");
    if (!started || !Files.exists(file)) {
      return null;
    }
    return cpuMillis(Long.parseLong(Files.readString(file).trim()), true);
  }

  private static Long cpuMillis(long pid, boolean withDescendants) {
    return ProcessHandle.of(pid)
        .map(
            process -> {
              long total = cpuOf(process);
              if (withDescendants) {
                total += process.descendants().mapToLong(Server::cpuOf).sum();
              }
              return total;
            })
        .orElse(null);
  }

  private static long cpuOf(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
  }

  /** Resident memory of the server process, in KB (null when the harness did not start it). */
  Long residentKb() throws IOException {
    Long pid = pid();
    if (pid == null) {
      return null;
    }
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return null;
  }

  /**
   * Heap in use right after a full collection, in KB (null when the harness did not start the
   * server).
   */
  Long liveHeapKb() throws Exception {
    Long pid = pid();
    if (pid == null) {
      return null;
    }
    jcmd(pid, "GC.run");
    Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
    return used.find() ? Long.parseLong(used.group(1)) : null;
  }

  private static final Pattern COMPILES = Pattern.compile("sun\\.ci\\.totalCompiles=(\\d+)");

  /**
   * Methods the server's JIT has compiled so far (null when the harness did not start the server).
   */
  Long jitCompilations() throws Exception {
    Long pid = pid();
    if (pid == null) {
      return null;
    }
    Matcher compiles = COMPILES.matcher(jcmd(pid, "PerfCounter.print"));
    return compiles.find() ? Long.parseLong(compiles.group(1)) : null;
  }

  private static String jcmd(long pid, String command) throws Exception {
    Process process =
        new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    process.waitFor(60, TimeUnit.SECONDS);
    return output;
  }
}
