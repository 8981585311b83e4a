package org.ipu.assembly.web.amendments;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.ipu.assembly.amendments.boundary.AmendmentDecisions;
import org.ipu.assembly.amendments.boundary.Resolutions;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.amendments.control.Views.TextAsAmendedView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Roles;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code amendments/text.xhtml?draft=}: the draft as amended now, for everyone who reads the draft:
 * with the changes marked (struck-out and inserted words) and clean; or, while adopted amendments
 * conflict, which ones the Secretariat must decide otherwise. Kept live by {@code live-refresh.js}
 * over {@code /ws/amendments}, as the consolidated list is. Once every amendment has a decision,
 * the Secretariat records here that the committee adopts the text: it becomes the committee's text,
 * which the plenary adopts ({@code resolutions/view.xhtml}).
 */
@Named
@ViewScoped
public class TextAsAmendedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AmendmentDecisions decisions;
  @Inject private Resolutions resolutions;
  @Inject private LanguageBacking language;

  private Long draftId;
  private String text;
  private TextAsAmendedView view;
  private ResolutionView committeeText;

  /** View action: the text as amended (404 for a draft the reader may not see). */
  public void load() throws IOException {
    try {
      if (text == null || text.isBlank()) {
        text = language.getCode();
      }
      refresh();
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  /** Generates the text again (the live channel's remote command, the language chosen). */
  public void refresh() {
    if (draftId == null) {
      throw AssemblyException.notFound("draft.not-found", 0);
    }
    view = decisions.textAsAmended(draftId, text);
    if (isSecretariat()) {
      committeeText = resolutions.ofDraft(draftId, text).orElse(null);
    }
  }

  /** The committee adopts the text as amended: on to the committee's text, or why not. */
  public String committeeAdopts() {
    try {
      // In the language of the text shown (the form's own field is named "text" too).
      committeeText = resolutions.committeeAdopts(draftId, view.language());
      // The committee's text's page says when the committee adopted it (no message across the
      // redirect: the flash that would carry it is not kept reliably between folders).
      return "/resolutions/view?faces-redirect=true&id=" + committeeText.id();
    } catch (AssemblyException refused) {
      language.refuse(refused);
      return null;
    }
  }

  public boolean isSecretariat() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SECRETARIAT);
  }

  /** The committee's text made of this draft, for the Secretariat (null before the committee). */
  public ResolutionView getCommitteeText() {
    return committeeText;
  }

  /** Why the text cannot be generated, naming the amendments; empty when it can. */
  public String getBlocked() {
    if (view == null || view.blocked() == null) {
      return "";
    }
    return language
        .getCurrent()
        .text("error." + view.blocked(), blocking(view, language.getCurrent()));
  }

  /** The amendments blocking the text, in words: "3 and 4; 7 and 9", or "5, 6". */
  public static String blocking(TextAsAmendedView view, Language language) {
    return view.blocking().stream()
        .map(
            group ->
                group.size() == 2 && "amendment.text.conflict".equals(view.blocked())
                    ? language.text("amendments.text.pair", group.get(0), group.get(1))
                    : listed(group))
        .collect(Collectors.joining("; "));
  }

  public String citation(String citation) {
    return citation.isEmpty() ? "" : Citation.of(citation, language.getCurrent());
  }

  public String adopted() {
    return view.adopted().isEmpty()
        ? language.getCurrent().text("amendments.text.none-adopted")
        : language.getCurrent().text("amendments.text.adopted", listed(view.adopted()));
  }

  /** "amendments 3, 5": which adopted amendments changed a paragraph. */
  public String byAmendments(List<Integer> numbers) {
    return language.getCurrent().text("amendments.text.by", listed(numbers));
  }

  /** Amendment numbers as a list in a sentence: "3, 5, 8". */
  static String listed(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  public List<String> getTextLanguages() {
    return List.of("en", "fr", "es", "ar");
  }

  public TextAsAmendedView getView() {
    return view;
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
