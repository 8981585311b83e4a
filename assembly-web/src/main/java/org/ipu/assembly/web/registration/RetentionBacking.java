package org.ipu.assembly.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.PersonalDataRetention;
import org.ipu.assembly.registration.control.AssemblyPersonalData;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/retention.xhtml}: the personal data of past Assemblies whose retention period
 * is over. Preview lists what would be deleted (a dry run, nothing changes); deleting it, once
 * confirmed, shows what was deleted.
 */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One Assembly's row, worded in the page's language and held by value. */
  public record Row(
      int assemblyNumber, String closedOn, String keptUntil, int delegations, int participants)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static Row of(AssemblyPersonalData data, Language language) {
      return new Row(
          data.assemblyNumber(),
          day(data.closedOn(), language),
          day(data.keptUntil(), language),
          data.delegations(),
          data.participants());
    }

    private static String day(LocalDate day, Language language) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
          .withLocale(language.locale())
          .format(day);
    }
  }

  @Inject private PersonalDataRetention retention;
  @Inject private LanguageBacking language;

  /** The rows shown: null until previewed. */
  private List<Row> rows;

  /** Whether the rows are what was deleted, rather than what would be. */
  private boolean deleted;

  /** Lists what would be deleted now, changing nothing. */
  public void preview() {
    try {
      rows = shown(retention.retention(true));
      deleted = false;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** Deletes the personal data due (confirmed on the page) and shows what was deleted. */
  public void delete() {
    try {
      rows = shown(retention.retention(false));
      deleted = true;
      if (rows.isEmpty()) {
        language.inform("retention.deleted.none");
      } else {
        language.inform(
            "retention.deleted", rows.size(), rows.stream().mapToInt(Row::participants).sum());
      }
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  private List<Row> shown(List<AssemblyPersonalData> found) {
    return found.stream().map(data -> Row.of(data, language.getCurrent())).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isPreviewed() {
    return rows != null;
  }

  public boolean isDeleted() {
    return deleted;
  }

  /** Whether there is something to delete, as last previewed. */
  public boolean isDeletable() {
    return rows != null && !deleted && !rows.isEmpty();
  }
}
