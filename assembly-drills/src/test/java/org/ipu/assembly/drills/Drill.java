package org.ipu.assembly.drills;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What every drill shares: its log lines and its figures file
 * (target/drill-report/&lt;drill&gt;.json).
 */
final class Drill {

  private Drill() {}

  static void log(String message) {
    System.out.println("[drill " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + message);
  }

  static void report(String drill, Map<String, ?> figures) throws IOException {
    JsonObjectBuilder json = Json.createObjectBuilder();
    figures.forEach(
        (name, value) -> {
          if (value instanceof Number n) {
            json.add(
                name,
                n.doubleValue() == n.longValue()
                    ? Json.createValue(n.longValue())
                    : Json.createValue(n.doubleValue()));
          } else {
            json.add(name, String.valueOf(value));
          }
        });
    Path folder = Path.of(System.getProperty("drills.report", "target/drill-report"));
    Files.createDirectories(folder);
    String text = json.build().toString();
    Files.writeString(folder.resolve(drill + ".json"), text);
    log(drill + " figures: " + text);
  }

  /**
   * How many ballot requests got each status (-1: no answer), e.g. {@code {-1=12, 201=340,
   * 503=96}}.
   */
  static String byStatus(List<Delegation.Attempt> attempts) {
    return new TreeMap<>(
            attempts.stream()
                .collect(Collectors.groupingBy(Delegation.Attempt::status, Collectors.counting())))
        .toString();
  }

  /** Seconds with one decimal, from milliseconds. */
  static double seconds(long millis) {
    return Math.round(millis / 100.0) / 10.0;
  }
}
