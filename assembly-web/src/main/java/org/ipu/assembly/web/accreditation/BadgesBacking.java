package org.ipu.assembly.web.accreditation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.ipu.assembly.accreditation.boundary.BadgeHolder;
import org.ipu.assembly.accreditation.boundary.BadgePrinting;
import org.ipu.assembly.accreditation.boundary.BadgeSelection;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/badges.xhtml}: each delegation's badge holders, badges printed and arrivals;
 * printing the badges not yet printed (all, or a delegation's), a delegation's or one person's
 * again; a progress bar while the PDF is prepared, then its link.
 */
@Named
@ViewScoped
public class BadgesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A delegation's row, worded in the page's language. */
  public record Row(long parliamentId, String name, int holders, int printed, int arrived)
      implements Serializable {}

  /** A badge holder's row of the delegation shown. */
  public record Person(
      long participantId, String name, String category, String printedAt, String arrivedAt)
      implements Serializable {}

  @Inject private BadgePrinting printing;
  @Inject private BadgeBatches batches;
  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  private String badgeLanguage;
  private Long shownParliament;
  private String batchId;
  private int total;
  private int done;
  private boolean ready;
  private boolean failed;
  private List<Row> rows;
  private Boolean holders;

  public List<Row> getRows() {
    if (rows == null) {
      Locale locale = language.getLocale();
      rows =
          printing.overview().stream()
              .map(
                  d ->
                      new Row(
                          d.parliament().getId(),
                          d.parliament().name(locale),
                          d.holders(),
                          d.printed(),
                          d.arrived()))
              .sorted((a, b) -> java.text.Collator.getInstance(locale).compare(a.name(), b.name()))
              .toList();
    }
    return rows;
  }

  /** The badge holders of the delegation shown, if one is. */
  public List<Person> getPeople() {
    if (shownParliament == null) {
      return List.of();
    }
    Language page = language.getCurrent();
    ZoneId zone = roster.currentSession().map(s -> s.getZone()).orElse(ZoneOffset.UTC);
    return printing.holders(shownParliament).stream().map(h -> person(h, page, zone)).toList();
  }

  public String getShownName() {
    return getRows().stream()
        .filter(r -> r.parliamentId() == (shownParliament == null ? -1 : shownParliament))
        .map(Row::name)
        .findFirst()
        .orElse("");
  }

  public void show(Row row) {
    shownParliament = row.parliamentId();
  }

  public void printUnprinted() {
    print(new BadgeSelection(null, null, true));
  }

  /** The badges of the delegation not printed yet (Secretariat, or its own focal point). */
  public void printUnprinted(long parliamentId) {
    print(new BadgeSelection(null, parliamentId, true));
  }

  /** Every badge of the delegation again, revoking those printed before. */
  public void printAgain(long parliamentId) {
    print(new BadgeSelection(null, parliamentId, false));
  }

  /** Whether the delegation has badge holders (its registration approved). */
  public boolean hasHolders(long parliamentId) {
    if (holders == null) {
      holders = !printing.holders(parliamentId).isEmpty();
    }
    return holders;
  }

  public void printAgain(Person person) {
    print(new BadgeSelection(person.participantId(), null, false));
  }

  /** The poll: how far the batch got. */
  public void refresh() {
    if (batchId == null) {
      return;
    }
    batches
        .of(batchId, user())
        .ifPresentOrElse(
            b -> {
              done = b.done();
              ready = b.ready();
              failed = b.failed();
            },
            () -> {
              failed = true;
              batchId = null;
            });
    if (ready || failed) {
      rows = null;
    }
  }

  private void print(BadgeSelection selection) {
    try {
      Language badges = Language.byCode(getBadgeLanguage()).orElse(language.getCurrent());
      var batch = batches.print(selection, badges, user());
      rows = null;
      if (batch.isEmpty()) {
        batchId = null;
        language.inform("badges.none");
        return;
      }
      batchId = batch.get().id();
      total = batch.get().total();
      done = 0;
      ready = false;
      failed = false;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  private static Person person(BadgeHolder h, Language page, ZoneId zone) {
    DateTimeFormatter times =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(page.locale());
    String category = page.text("ParticipantCategory." + h.category().name());
    if (h.head()) {
      category = category + " · " + page.text("badge.head");
    }
    return new Person(
        h.participantId(),
        h.givenNames() + " " + h.familyName(),
        category,
        h.printedAt() == null
            ? ""
            : times.format(h.printedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)),
        h.arrivedAt() == null
            ? ""
            : times.format(h.arrivedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)));
  }

  private static String user() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  public String getBadgeLanguage() {
    return badgeLanguage == null ? language.getCode() : badgeLanguage;
  }

  public void setBadgeLanguage(String badgeLanguage) {
    this.badgeLanguage = badgeLanguage;
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public String getBatchId() {
    return batchId;
  }

  public boolean isRendering() {
    return batchId != null && !ready && !failed;
  }

  public boolean isReady() {
    return ready;
  }

  public boolean isFailed() {
    return failed;
  }

  public int getTotal() {
    return total;
  }

  public int getDone() {
    return done;
  }

  /** Progress in percent, for the progress bar. */
  public int getPercent() {
    return total == 0 ? 0 : (int) (100L * done / total);
  }

  public boolean isShowing() {
    return shownParliament != null;
  }
}
