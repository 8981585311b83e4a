package org.ipu.assembly.load;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTML page with an SVG chart: ballot acknowledgement and commit-to-every-screen latency over
 * the run.
 */
final class Chart {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 360;
  private static final int BUCKET_MILLIS = 250;

  private Chart() {}

  static String html(List<LoadHarness.Sent> sent, List<double[]> toAllScreens, JsonObject figures) {
    long start = sent.stream().mapToLong(LoadHarness.Sent::sentAt).min().orElse(0);
    List<double[]> acks = new ArrayList<>();
    sent.forEach(s -> acks.add(new double[] {s.sentAt(), s.ackMillis()}));
    double maxY = Math.max(50, Math.max(max(acks), max(toAllScreens)) * 1.1);
    double maxX = Math.max(1, Math.max(lastX(acks, start), lastX(toAllScreens, start)));
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns='http://www.w3.org/2000/svg' width='")
        .append(WIDTH + 80)
        .append("' height='")
        .append(HEIGHT + 60)
        .append("'><g transform='translate(60,10)'>");
    svg.append("<rect width='")
        .append(WIDTH)
        .append("' height='")
        .append(HEIGHT)
        .append("' fill='#fafbfc' stroke='#ccc'/>");
    for (int i = 0; i <= 5; i++) {
      double y = HEIGHT - i * HEIGHT / 5.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x='-8' y='%.0f' text-anchor='end' font-size='11'>%.0f ms</text>",
              y + 4,
              maxY * i / 5));
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1='0' x2='%d' y1='%.0f' y2='%.0f' stroke='#eee'/>",
              WIDTH,
              y,
              y));
    }
    series(svg, acks, start, maxX, maxY, "#0b5394", 50);
    series(svg, acks, start, maxX, maxY, "#6fa8dc", 99);
    series(svg, toAllScreens, start, maxX, maxY, "#b45f06", 50);
    series(svg, toAllScreens, start, maxX, maxY, "#f6b26b", 99);
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x='%d' y='%d' text-anchor='middle' font-size='12'>seconds since the first ballot (%.1f s)</text>",
            WIDTH / 2,
            HEIGHT + 35,
            maxX / 1000));
    svg.append("</g></svg>");
    return "<!DOCTYPE html><html lang='en'><head><meta charset='UTF-8'><title>Assembly load run</title></head>"
        + "<body style='font-family:sans-serif'><h1>Live vote under load</h1>"
        + "<p>Per "
        + BUCKET_MILLIS
        + " ms of sending time: <span style='color:#0b5394'>ballot acknowledgement p50</span>, "
        + "<span style='color:#6fa8dc'>p99</span>; <span style='color:#b45f06'>commit to every screen p50</span>, "
        + "<span style='color:#f6b26b'>p99</span>.</p>"
        + svg
        + floors(figures)
        + "<pre>"
        + figures
        + "</pre></body></html>";
  }

  /**
   * What does not depend on the hour: the server's CPU per ballot and per frame, the floors
   * measured in the same run and each latency over its floor.
   */
  private static String floors(JsonObject figures) {
    StringBuilder table = new StringBuilder("<h2>Against the floors</h2><table border='1'>");
    for (String name : new String[] {"serverCpu", "floors", "ratiosToFloor"}) {
      if (figures.containsKey(name)) {
        figures
            .getJsonObject(name)
            .forEach(
                (key, value) ->
                    table
                        .append("<tr><th align='left'>")
                        .append(name)
                        .append('.')
                        .append(key)
                        .append("</th><td><code>")
                        .append(value)
                        .append("</code></td></tr>"));
      }
    }
    return table.append("</table>").toString();
  }

  private static void series(
      StringBuilder svg,
      List<double[]> points,
      long start,
      double maxX,
      double maxY,
      String colour,
      int percentile) {
    int buckets = (int) Math.ceil(maxX / BUCKET_MILLIS) + 1;
    List<List<Double>> byBucket = new ArrayList<>();
    for (int i = 0; i < buckets; i++) {
      byBucket.add(new ArrayList<>());
    }
    for (double[] p : points) {
      byBucket.get((int) ((p[0] - start) / BUCKET_MILLIS)).add(p[1]);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < buckets; i++) {
      if (byBucket.get(i).isEmpty()) {
        continue;
      }
      double[] sorted =
          byBucket.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double x = (i + 0.5) * BUCKET_MILLIS / maxX * WIDTH;
      double y = HEIGHT - LoadHarness.percentile(sorted, percentile) / maxY * HEIGHT;
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    svg.append("<polyline fill='none' stroke-width='2' stroke='")
        .append(colour)
        .append("' points='")
        .append(line)
        .append("'/>");
  }

  private static double max(List<double[]> points) {
    return points.stream().mapToDouble(p -> p[1]).max().orElse(0);
  }

  private static double lastX(List<double[]> points, long start) {
    return points.stream().mapToDouble(p -> p[0] - start).max().orElse(0);
  }
}
