package org.ipu.assembly.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipu.assembly.accreditation.boundary.AssemblyStatistics;
import org.ipu.assembly.accreditation.control.AssemblyFigures;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/statistics.xhtml}: the current Assembly's figures in tables, and charts of the
 * women among the members of parliament, the delegations by group and the days at the venue (each
 * chart with its figures in words for screen readers, and the same figures in a table). The page
 * joins {@code /ws/statistics}: its numbers change with each frame, and the charts and days are
 * drawn again (this bean, read again by a remote command).
 */
@Named
@RequestScoped
public class StatisticsBacking {

  /** Colours of the charts' series: distinguishable, and at least 3:1 against white. */
  private static final String[] COLOURS = {"#1f5f99", "#b34700", "#2e7d32"};

  @Inject private AssemblyStatistics statistics;
  @Inject private LanguageBacking language;

  private AssemblyFigures figures;
  private boolean loaded;

  /** A row of a table: its label in the page's language and its counts. */
  public record Row(String label, long registered, long arrived) {}

  /** A day's row: the day in the page's language and its counts. */
  public record Day(String label, long arrivals, long attendance, long plenary) {}

  /** The figures now; null (with a message on the page) without a current Assembly. */
  public AssemblyFigures getFigures() {
    if (!loaded) {
      loaded = true;
      try {
        figures = statistics.current();
      } catch (AssemblyException refused) {
        language.refuse(refused);
      }
    }
    return figures;
  }

  /** The opening day in the page's language (young members of parliament are counted on it). */
  public String getOpensOn() {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .format(getFigures().opensOn());
  }

  public List<Row> getCategories() {
    return getFigures().categories().stream()
        .map(c -> new Row(text("ParticipantCategory." + c.category()), c.registered(), c.arrived()))
        .toList();
  }

  public List<Row> getGroups() {
    return getFigures().groups().stream()
        .map(g -> new Row(text("GeoGroup." + g.group()), g.registered(), g.arrived()))
        .toList();
  }

  public List<Day> getDays() {
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale());
    return getFigures().days().stream()
        .map(d -> new Day(format.format(d.day()), d.arrivals(), d.attendance(), d.plenary()))
        .toList();
  }

  /** The age under which a member of parliament is young, in digits. */
  public String getYoungAge() {
    return String.valueOf(getFigures().youngAge());
  }

  /** A share in percent in the page's language ("40.5 %"), or a dash when there is none. */
  public String percent(Double share) {
    if (share == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getPercentInstance(language.getLocale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(share / 100);
  }

  /** The women and men among the registered members of parliament, as a doughnut. */
  public String getWomenChart() {
    AssemblyFigures f = getFigures();
    long women = f.womenMembersOfParliament().registered();
    long men = f.membersOfParliament().registered() - women;
    JsonArrayBuilder labels =
        Json.createArrayBuilder().add(text("statistics.women")).add(text("statistics.men"));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", text("statistics.mps"))
                    .add("data", Json.createArrayBuilder().add(women).add(men))
                    .add(
                        "backgroundColor",
                        Json.createArrayBuilder().add(COLOURS[1]).add(COLOURS[0])));
    return chart("doughnut", labels, datasets);
  }

  /** Words for the doughnut, for screen readers. */
  public String getWomenChartText() {
    AssemblyFigures f = getFigures();
    return text(
        "statistics.chart.women.text",
        digits(f.womenMembersOfParliament().registered()),
        digits(f.membersOfParliament().registered()),
        percent(f.womenShare().registered()));
  }

  /** Delegations registered and arrived by geopolitical group, as bars. */
  public String getGroupsChart() {
    List<Row> groups = getGroups();
    return chart(
        "bar",
        labels(groups, Row::label),
        Json.createArrayBuilder()
            .add(series(text("statistics.registered"), groups, Row::registered, COLOURS[0]))
            .add(series(text("statistics.arrived"), groups, Row::arrived, COLOURS[1])));
  }

  public String getGroupsChartText() {
    return getGroups().stream()
        .map(
            g ->
                text(
                    "statistics.chart.row", g.label(), digits(g.registered()), digits(g.arrived())))
        .collect(Collectors.joining("; "));
  }

  /** Arrivals, attendance and plenary entries per day, as bars. */
  public String getDaysChart() {
    List<Day> days = getDays();
    return chart(
        "bar",
        labels(days, Day::label),
        Json.createArrayBuilder()
            .add(series(text("statistics.day.arrivals"), days, Day::arrivals, COLOURS[0]))
            .add(series(text("statistics.day.attendance"), days, Day::attendance, COLOURS[1]))
            .add(series(text("statistics.day.plenary"), days, Day::plenary, COLOURS[2])));
  }

  public String getDaysChartText() {
    return getDays().stream()
        .map(
            d ->
                text(
                    "statistics.chart.day",
                    d.label(),
                    digits(d.arrivals()),
                    digits(d.attendance()),
                    digits(d.plenary())))
        .collect(Collectors.joining("; "));
  }

  private static <T> JsonArrayBuilder labels(List<T> rows, Function<T, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(row -> labels.add(label.apply(row)));
    return labels;
  }

  private static <T> JsonObjectBuilder series(
      String label, List<T> rows, Function<T, Long> value, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(row -> data.add(value.apply(row)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  /** A Chart.js configuration, worded and laid out for the page's language and direction. */
  private String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    boolean rtl = "rtl".equals(language.getDirection());
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("locale", language.getCode())
            .add("animation", false)
            .add("maintainAspectRatio", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "legend",
                        Json.createObjectBuilder()
                            .add("position", "bottom")
                            .add("rtl", rtl)
                            .add("textDirection", language.getDirection()))
                    .add(
                        "tooltip",
                        Json.createObjectBuilder()
                            .add("rtl", rtl)
                            .add("textDirection", language.getDirection())));
    if ("bar".equals(type)) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add("x", Json.createObjectBuilder().add("reverse", rtl))
              .add(
                  "y",
                  Json.createObjectBuilder()
                      .add("beginAtZero", true)
                      .add("position", rtl ? "right" : "left")
                      .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  /** A count as the tables show it, for a sentence (MessageFormat would write its own digits). */
  private static String digits(long count) {
    return String.valueOf(count);
  }

  private String text(String key, Object... arguments) {
    Language current = language.getCurrent();
    return current.text(key, arguments);
  }

  /** For the days table: whether there is any check-in yet. */
  public boolean isAnyDay() {
    return !getFigures().days().isEmpty();
  }
}
