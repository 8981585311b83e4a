package org.ipu.assembly.web.amendments;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.boundary.Amendments;
import org.ipu.assembly.amendments.boundary.DraftResolutions;
import org.ipu.assembly.amendments.boundary.VotingOrderInput;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.control.Views.ListedAmendment;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.Roles;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code amendments/list.xhtml?draft=}: the committee's consolidated list of amendments to a
 * published draft, for everyone signed in: paragraph by paragraph in the draft's order, each
 * amendment as a tracked change with its sponsor and confirmed co-sponsors, conflicts and identical
 * amendments marked, and the voting order, which the Secretariat (for the presiding officer) may
 * reorder. Kept live by {@code live-refresh.js} over {@code /ws/amendments}; the PDF is one link
 * away.
 */
@Named
@ViewScoped
public class ConsolidatedListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Amendments amendments;
  @Inject private DraftResolutions drafts;
  @Inject private LanguageBacking language;

  private Long draftId;
  private String text;
  private ConsolidatedList list;
  private List<DraftView> published;

  /** View action: the list (404 for a draft not published) or the drafts to choose from. */
  public void load() throws IOException {
    try {
      if (text == null || text.isBlank()) {
        text = language.getCode();
      }
      if (draftId == null) {
        published = drafts.all(language.getCode());
      } else {
        refresh();
      }
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  /** Reads the list again (the live channel's remote command). */
  public void refresh() {
    list = amendments.consolidated(draftId, text, language.getLocale());
  }

  public boolean isSecretariat() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SECRETARIAT);
  }

  /** Moves an amendment one place earlier ({@code by} -1) or later (+1) in the voting order. */
  public void move(int number, int by) {
    List<Integer> order = new ArrayList<>(list.votingOrder());
    int at = order.indexOf(number);
    int to = at + by;
    if (at < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.set(at, order.get(to));
    order.set(to, number);
    choose(order);
  }

  /** Back to the proposed order. */
  public void proposedOrder() {
    choose(List.of());
  }

  private void choose(List<Integer> order) {
    try {
      list =
          amendments.chooseVotingOrder(
              draftId,
              new VotingOrderInput(list.draft().version(), order),
              text,
              language.getLocale());
      language.inform("amendments.voting-order.saved");
    } catch (AssemblyException refused) {
      language.refuse(refused);
      refresh();
    }
  }

  /** The amendments in voting order, for the voting-order table. */
  public List<ListedAmendment> getInVotingOrder() {
    List<ListedAmendment> all = new ArrayList<>();
    list.paragraphs().forEach(p -> all.addAll(p.amendments()));
    all.addAll(list.removedParagraphs());
    all.sort(java.util.Comparator.comparingInt(ListedAmendment::votingPosition));
    return all;
  }

  public String heading(AmendmentView amendment) {
    return language
        .getCurrent()
        .text(
            "amendments.heading",
            amendment.number(),
            ConsolidatedListDocument.kind(amendment, language.getCurrent()));
  }

  public String sponsors(AmendmentView amendment) {
    return ConsolidatedListDocument.sponsors(amendment);
  }

  public String citation(String citation) {
    return Citation.of(citation, language.getCurrent());
  }

  /** The notes under an amendment: place in the voting order, conflicts, identical, late... */
  public List<String> notes(ListedAmendment listed) {
    return ConsolidatedListDocument.printed(listed, language.getCurrent()).notes();
  }

  public String deadline() {
    return list == null ? "" : DraftBacking.deadline(list.draft(), language.getCurrent());
  }

  public String getPdf() {
    return "/api/drafts/" + draftId + "/consolidated.pdf?lang=" + language.getCode();
  }

  public List<String> getTextLanguages() {
    return List.of("en", "fr", "es", "ar");
  }

  public ConsolidatedList getList() {
    return list;
  }

  public List<DraftView> getPublished() {
    return published == null ? List.of() : published;
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
