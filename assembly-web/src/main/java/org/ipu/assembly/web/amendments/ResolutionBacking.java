package org.ipu.assembly.web.amendments;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.ipu.assembly.amendments.boundary.Resolutions;
import org.ipu.assembly.amendments.control.ResolutionViews.AmendmentRecord;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionSummary;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Roles;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code resolutions/view.xhtml?id=}: a resolution, public once the plenary adopted it, with the
 * record of every amendment tabled; the Secretariat also reads the committee's text awaiting the
 * plenary and records its adoption by consensus there. {@code resolutions/index.xhtml}: the adopted
 * ones. Texts in the page's language where the resolution has one, else in English.
 */
@Named
@ViewScoped
public class ResolutionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Resolutions resolutions;
  @Inject private LanguageBacking language;

  private Long id;
  private String text;
  private ResolutionView view;
  private List<ResolutionSummary> adopted;

  /** View action of the resolution's page (404 for one the reader may not see). */
  public void load() throws IOException {
    try {
      if (text == null || text.isBlank()) {
        text = language.getCode();
      }
      if (id == null) {
        throw AssemblyException.notFound("resolution.not-found", 0);
      }
      refresh();
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  /** Reads the resolution again, in the language chosen. */
  public void refresh() {
    view = resolutions.resolution(id, text);
  }

  /** The plenary adopted the committee's text by consensus, as read on this page. */
  public void adoptedByConsensus() {
    try {
      view = resolutions.adoptedByConsensus(id, view.version(), text);
      language.inform("resolution.consensus.done");
    } catch (AssemblyException refused) {
      language.refuse(refused);
      refresh();
    }
  }

  /** Sets up the plenary's vote on the committee's text, for the voting console to open. */
  public void putToVote() {
    try {
      resolutions.putToVote(id, view.version(), null);
      language.inform("resolution.vote.done");
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    refresh();
  }

  /** The resolutions the plenary adopted at the current Assembly (the list page). */
  public List<ResolutionSummary> getAdopted() {
    if (adopted == null) {
      adopted = resolutions.adopted(language.getCode());
    }
    return adopted;
  }

  public boolean isSecretariat() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SECRETARIAT);
  }

  /** Whether the page shows the English text because the resolution has none in the page's. */
  public boolean isInEnglishOnly() {
    return !view.language().equals(text);
  }

  /** The plenary's decision (or the committee's text awaiting it), in a sentence. */
  public String getStatus() {
    return ResolutionDocument.status(view, language.getCurrent());
  }

  public String getCommitteeAdopted() {
    return ResolutionDocument.committeeAdopted(view, language.getCurrent());
  }

  /** When an adopted resolution in the list was adopted, and how. */
  public String adoptedOn(ResolutionSummary summary) {
    return language
        .getCurrent()
        .text(
            "resolutions.adopted." + summary.how(),
            ResolutionDocument.date(
                summary.decidedAt(), summary.timeZone(), language.getCurrent()));
  }

  public String committee(String committee) {
    return ResolutionDocument.committee(committee, language.getCurrent());
  }

  public String citation(String citation) {
    return ResolutionDocument.citation(citation, language.getCurrent());
  }

  public String decision(AmendmentRecord amendment) {
    return ResolutionDocument.decision(amendment, language.getCurrent());
  }

  public List<String> getTextLanguages() {
    return view.languages();
  }

  public ResolutionView getView() {
    return view;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
