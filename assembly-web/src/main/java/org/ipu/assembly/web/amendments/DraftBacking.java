package org.ipu.assembly.web.amendments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ipu.assembly.amendments.boundary.DraftDescription;
import org.ipu.assembly.amendments.boundary.DraftResolutions;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/draft.xhtml?id=}: one draft resolution for the Secretariat: its titles,
 * co-rapporteurs and deadline; its paragraphs, each corrected in every language or removed, a
 * paragraph added; publishing it. A correction after amendments were tabled marks the amendments it
 * touches for review (the page says how many).
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DraftResolutions drafts;
  @Inject private LanguageBacking language;

  private long id;
  private DraftView draft;
  private List<ParagraphForm> paragraphs;
  private ParagraphForm added = new ParagraphForm();
  private Long addAfter;
  private String titleEn;
  private String titleFr;
  private String titleEs;
  private String titleAr;
  private String coRapporteurs;
  private String deadline;
  private String timeZone;

  /** View action: loads the draft, or answers 404 in place of the page. */
  public void load() throws IOException {
    try {
      show(drafts.draft(id, language.getCode()));
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  private void show(DraftView view) {
    draft = view;
    paragraphs = view.paragraphs().stream().map(ParagraphForm::of).toList();
    titleEn = view.titleEn();
    titleFr = view.titleFr();
    titleEs = view.titleEs();
    titleAr = view.titleAr();
    coRapporteurs = view.coRapporteurs();
    timeZone = view.timeZone();
    deadline =
        view.deadline()
            .atZone(ZoneId.of(view.timeZone()))
            .toLocalDateTime()
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    if (addAfter == null && !paragraphs.isEmpty()) {
      addAfter = paragraphs.get(paragraphs.size() - 1).getId();
    }
  }

  public void save(ParagraphForm paragraph) {
    try {
      show(drafts.correct(id, paragraph.getId(), paragraph.input(null)));
      language.inform("drafts.paragraph.saved", paragraph.getCitation());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void remove(ParagraphForm paragraph) {
    try {
      show(drafts.removeParagraph(id, paragraph.getId(), version(paragraph.getId())));
      language.inform("drafts.paragraph.removed", paragraph.getCitation());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void add() {
    try {
      show(drafts.addParagraph(id, added.input(addAfter)));
      added = new ParagraphForm();
      language.inform("drafts.paragraph.added");
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void publish() {
    try {
      show(drafts.publish(id, draft.version()));
      language.inform("drafts.published");
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void describe() {
    try {
      show(
          drafts.describe(
              id,
              new DraftDescription(
                  draft.version(),
                  titleEn,
                  titleFr,
                  titleEs,
                  titleAr,
                  coRapporteurs,
                  instant(deadline, timeZone),
                  timeZone)));
      language.inform("drafts.described");
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  private long version(long paragraphId) {
    return draft.paragraphs().stream()
        .filter(p -> p.id() == paragraphId)
        .findFirst()
        .map(p -> p.version())
        .orElse(0L);
  }

  static java.time.Instant instant(String local, String zone) {
    if (local == null || local.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(local.strip()).atZone(ZoneId.of(zone.strip())).toInstant();
    } catch (DateTimeException | NullPointerException wrong) {
      throw AssemblyException.invalid("draft.deadline.invalid");
    }
  }

  /** The deadline in its time zone, with the zone named, in the reader's language. */
  static String deadline(DraftView draft, Language language) {
    ZonedDateTime at = draft.deadline().atZone(ZoneId.of(draft.timeZone()));
    return language.text(
        "drafts.deadline.at",
        at.format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale())),
        draft.timeZone());
  }

  public String citation(String citation) {
    return Citation.of(citation, language.getCurrent());
  }

  public String getDeadlineShown() {
    return draft == null ? "" : deadline(draft, language.getCurrent());
  }

  public List<String> getKinds() {
    return List.of("PREAMBULAR", "OPERATIVE", "SUB_PARAGRAPH");
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public DraftView getDraft() {
    return draft;
  }

  public List<ParagraphForm> getParagraphs() {
    return paragraphs;
  }

  public ParagraphForm getAdded() {
    return added;
  }

  public Long getAddAfter() {
    return addAfter;
  }

  public void setAddAfter(Long addAfter) {
    this.addAfter = addAfter;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getTitleEs() {
    return titleEs;
  }

  public void setTitleEs(String titleEs) {
    this.titleEs = titleEs;
  }

  public String getTitleAr() {
    return titleAr;
  }

  public void setTitleAr(String titleAr) {
    this.titleAr = titleAr;
  }

  public String getCoRapporteurs() {
    return coRapporteurs;
  }

  public void setCoRapporteurs(String coRapporteurs) {
    this.coRapporteurs = coRapporteurs;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
