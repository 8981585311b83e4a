package org.ipu.assembly.web.amendments;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.ipu.assembly.amendments.boundary.DraftInput;
import org.ipu.assembly.amendments.boundary.DraftResolutions;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code secretariat/drafts.xhtml}: the current Assembly's draft resolutions, and a new one from
 * pasted text (one paragraph a line), which opens on its own page to be corrected and published.
 */
@Named
@ViewScoped
public class DraftsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DraftResolutions drafts;
  @Inject private LanguageBacking language;
  @Inject private Roster roster;

  private List<DraftView> all;
  private String committee;
  private String titleEn;
  private String titleFr;
  private String titleEs;
  private String titleAr;
  private String coRapporteurs;
  private String deadline;
  private String timeZone;
  private String textEn;
  private String textFr;
  private String textEs;
  private String textAr;

  public List<DraftView> getAll() {
    if (all == null) {
      try {
        all = drafts.all(language.getCode());
      } catch (AssemblyException refused) {
        language.refuse(refused);
        all = List.of();
      }
    }
    return all;
  }

  public List<String> getCommittees() {
    return java.util.Arrays.stream(Committee.values()).map(Committee::name).toList();
  }

  /** The deadline as the page shows it: in its time zone, with the zone named. */
  public String deadline(DraftView draft) {
    return DraftBacking.deadline(draft, language.getCurrent());
  }

  /** A Word file of the English text: its paragraphs go into the English text to check. */
  public void uploadEnglish(FileUploadEvent event) {
    textEn = read(event);
  }

  /** A Word file of the French text. */
  public void uploadFrench(FileUploadEvent event) {
    textFr = read(event);
  }

  private String read(FileUploadEvent event) {
    try {
      String text = WordDocumentText.of(event.getFile().getContent());
      language.inform("drafts.docx.read", event.getFile().getFileName());
      return text;
    } catch (AssemblyException refused) {
      language.refuse(refused);
      return null;
    }
  }

  /** Creates the draft and opens its page. */
  public void create() throws IOException {
    try {
      DraftView created =
          drafts.create(
              new DraftInput(
                  committee == null || committee.isBlank() ? null : Committee.valueOf(committee),
                  titleEn,
                  titleFr,
                  titleEs,
                  titleAr,
                  coRapporteurs,
                  deadlineInstant(),
                  timeZone,
                  textEn,
                  textFr,
                  textEs,
                  textAr));
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect("draft.xhtml?id=" + created.id() + "&lang=" + language.getCode());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  private java.time.Instant deadlineInstant() {
    return DraftBacking.instant(deadline, getTimeZone());
  }

  public String getCommittee() {
    return committee;
  }

  public void setCommittee(String committee) {
    this.committee = committee;
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

  /** The Assembly's time zone unless another is typed. */
  public String getTimeZone() {
    if (timeZone == null) {
      timeZone = roster.currentSession().map(s -> s.getZone().getId()).orElse("Europe/Zurich");
    }
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public String getTextFr() {
    return textFr;
  }

  public void setTextFr(String textFr) {
    this.textFr = textFr;
  }

  public String getTextEs() {
    return textEs;
  }

  public void setTextEs(String textEs) {
    this.textEs = textEs;
  }

  public String getTextAr() {
    return textAr;
  }

  public void setTextAr(String textAr) {
    this.textAr = textAr;
  }
}
