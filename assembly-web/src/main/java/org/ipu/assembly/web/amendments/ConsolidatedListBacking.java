package org.ipu.assembly.web.amendments;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.amendments.boundary.AmendmentDecisions;
import org.ipu.assembly.amendments.boundary.Amendments;
import org.ipu.assembly.amendments.boundary.DecisionInput;
import org.ipu.assembly.amendments.boundary.DraftResolutions;
import org.ipu.assembly.amendments.boundary.VotingOrderInput;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DecisionView;
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
 * reorder; once the deadline has passed, the Secretariat records the committee's decision on each
 * amendment (a dialog for the orally revised text or the other amendment) or puts it to the
 * committee's vote (set up for the voting console, whose close records the decision), and the list
 * proposes which amendments fall. Kept live by {@code live-refresh.js} over {@code /ws/amendments};
 * the PDF is one link away.
 */
@Named
@ViewScoped
public class ConsolidatedListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The decisions the committee takes, as the API names them. */
  static final List<String> DECISIONS =
      List.of("ADOPTED", "ADOPTED_AS_REVISED", "REJECTED", "WITHDRAWN", "MERGED", "FELL");

  @Inject private Amendments amendments;
  @Inject private DraftResolutions drafts;
  @Inject private LanguageBacking language;
  @Inject private AmendmentDecisions decisions;

  private Long draftId;
  private String text;
  private ConsolidatedList list;
  private List<DraftView> published;
  private ListedAmendment deciding;
  private String decision;
  private String revisedText;
  private Integer other;

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

  /** Whether decisions may be recorded: by the Secretariat, once the deadline has passed. */
  public boolean isMayDecide() {
    return isSecretariat() && list != null && !list.draft().open();
  }

  /** Opens the decision dialog on an amendment, its decision as recorded (if any). */
  public void edit(ListedAmendment listed) {
    deciding = listed;
    DecisionView recorded = listed.decision();
    decision = recorded == null ? "ADOPTED" : recorded.decision();
    revisedText = recorded == null ? listed.amendment().text() : recorded.revisedText();
    other = recorded == null ? null : recorded.other();
  }

  /** Records the decision chosen in the dialog. */
  public void record() {
    if (deciding == null) {
      return;
    }
    boolean revised = "ADOPTED_AS_REVISED".equals(decision);
    boolean namesAnother = "MERGED".equals(decision) || "FELL".equals(decision);
    decide(deciding, decision, revised ? revisedText : null, namesAnother ? other : null);
  }

  /** Records the fall the system proposes: the first adopted amendment that conflicts with it. */
  public void fall(ListedAmendment listed) {
    decide(listed, "FELL", null, listed.fallsBecauseOf().get(0));
  }

  /**
   * Puts the amendment to the committee's vote: the vote is set up as a draft, for the voting
   * console to open.
   */
  public void putToVote(ListedAmendment listed) {
    try {
      decisions.putToVote(listed.amendment().id(), null);
      language.inform("amendments.vote.done", listed.amendment().number());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    refresh();
  }

  private void decide(ListedAmendment listed, String chosen, String text, Integer otherNumber) {
    DecisionView read = listed.decision();
    try {
      DecisionView recorded =
          decisions.record(
              listed.amendment().id(),
              new DecisionInput(chosen, text, otherNumber, read == null ? null : read.version()));
      language.inform(
          "amendments.decision.recorded",
          recorded.number(),
          ConsolidatedListDocument.decision(recorded, language.getCurrent()));
      if (!recorded.proposedToFall().isEmpty()) {
        language.inform(
            "amendments.decision.proposed-falls",
            TextAsAmendedBacking.listed(recorded.proposedToFall()));
      }
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    refresh();
  }

  public List<String> getDecisionChoices() {
    return DECISIONS;
  }

  /** The numbers of the other amendments, for merged into / fell because of. */
  public List<Integer> getOtherChoices() {
    List<Integer> numbers = new ArrayList<>();
    if (list != null) {
      getInVotingOrder().forEach(l -> numbers.add(l.amendment().number()));
      numbers.sort(Integer::compare);
      if (deciding != null) {
        numbers.remove(Integer.valueOf(deciding.amendment().number()));
      }
    }
    return numbers;
  }

  public String amendmentNumber(int number) {
    return language.getCurrent().text("amendments.number", number);
  }

  public String decisionText(ListedAmendment listed) {
    return listed.decision() == null
        ? ""
        : ConsolidatedListDocument.decision(listed.decision(), language.getCurrent());
  }

  public String getTextPage() {
    return "/amendments/text.xhtml?draft=" + draftId + "&text=" + text;
  }

  public ListedAmendment getDeciding() {
    return deciding;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getRevisedText() {
    return revisedText;
  }

  public void setRevisedText(String revisedText) {
    this.revisedText = revisedText;
  }

  public Integer getOther() {
    return other;
  }

  public void setOther(Integer other) {
    this.other = other;
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
