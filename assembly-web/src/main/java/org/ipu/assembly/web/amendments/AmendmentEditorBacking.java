package org.ipu.assembly.web.amendments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.accounts.entity.Role;
import org.ipu.assembly.amendments.boundary.AmendmentInput;
import org.ipu.assembly.amendments.boundary.Amendments;
import org.ipu.assembly.amendments.boundary.AuthorisedDelegate;
import org.ipu.assembly.amendments.boundary.DraftResolutions;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.DraftView;
import org.ipu.assembly.amendments.control.Views.ParagraphView;
import org.ipu.assembly.amendments.control.Views.ParliamentName;
import org.ipu.assembly.amendments.control.Views.SegmentView;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code amendments/editor.xhtml?draft=}: the amendment editor of a focal point (for its own
 * parliament; it also chooses which of its delegates may table), of a delegate it authorised, and
 * of the Secretariat (for the parliament it names, also after the deadline: such an amendment is
 * marked late). It shows a published draft's paragraphs in the language chosen; the focal point
 * picks a paragraph and what to do (replace, delete or insert words, add a paragraph after it,
 * delete it), sees the paragraph with the amendment as a tracked change, and tables it with a
 * justification and co-sponsors; the server refuses a change that does not apply to the current
 * text, with the reason. Below: the parliament's own amendments (edit, withdraw; those needing
 * review show the correction) and the co-sponsorships asked of it (confirm, decline). Without a
 * draft: the published drafts to choose.
 */
@Named
@ViewScoped
public class AmendmentEditorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What an amendment does, as the editor offers it. */
  public enum Action {
    REPLACE,
    DELETE,
    INSERT,
    NEW_PARAGRAPH,
    DELETE_PARAGRAPH
  }

  @Inject private DraftResolutions drafts;
  @Inject private Amendments amendments;
  @Inject private Accounts accounts;
  @Inject private LanguageBacking language;

  private Long draftId;
  private DraftView draft;
  private List<DraftView> published;
  private List<AmendmentView> all;
  private List<ParliamentName> members;
  private long ownParliament;
  private boolean secretariat;
  private boolean focalPoint;
  private List<AuthorisedDelegate> delegates;

  private String textLanguage;
  private Long paragraphId;
  private Action action = Action.REPLACE;
  private int fromWord;
  private int toWord;
  private int insertAt;
  private String text;
  private String newKind = "OPERATIVE";
  private String justification;
  private List<Long> coSponsors = new ArrayList<>();
  private Long editing;
  private Long editingVersion;
  private List<SegmentView> preview;

  /** View action: the draft (404 unless published) or the list of drafts. */
  public void load() throws IOException {
    try {
      var caller = accounts.caller();
      secretariat = caller.getRole() == Role.SECRETARIAT;
      focalPoint = caller.getRole() == Role.FOCAL_POINT;
      if (!secretariat && !focalPoint && caller.getRole() != Role.DELEGATE) {
        throw AssemblyException.forbidden("auth.forbidden");
      }
      if (!secretariat) {
        ownParliament = caller.getParliament().getId();
      }
      if (textLanguage == null) {
        textLanguage = List.of("en", "fr").contains(language.getCode()) ? language.getCode() : "en";
      }
      if (draftId == null) {
        published = drafts.all(language.getCode());
        return;
      }
      draft = drafts.draft(draftId, language.getCode());
      members = amendments.memberParliaments(draftId, language.getLocale());
      if (paragraphId == null && !draft.paragraphs().isEmpty()) {
        paragraphId = draft.paragraphs().get(0).id();
      }
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  private void reload() {
    draft = drafts.draft(draftId, language.getCode());
    all = null;
  }

  public List<DraftView> getPublished() {
    return published == null ? List.of() : published;
  }

  /** The chosen paragraph (null when none). */
  public ParagraphView getParagraph() {
    if (draft == null || paragraphId == null) {
      return null;
    }
    return draft.paragraphs().stream().filter(p -> p.id() == paragraphId).findFirst().orElse(null);
  }

  /** The chosen paragraph's text in the chosen language (empty if it has none in it). */
  public String getParagraphText() {
    ParagraphView p = getParagraph();
    String shown = p == null ? null : Segments.text(p, textLanguage);
    return shown == null ? "" : shown;
  }

  /** The paragraph's words as the word pickers list them: "3 · parlements". */
  public List<WordChoice> getWords() {
    List<String> words = Segments.words(getParagraphText());
    List<WordChoice> choices = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      choices.add(new WordChoice(i, (i + 1) + " · " + words.get(i)));
    }
    return choices;
  }

  /** A word of the paragraph, by position. */
  public record WordChoice(int index, String label) {}

  /** The places to insert at: before the first word, after each word. */
  public List<WordChoice> getPlaces() {
    List<String> words = Segments.words(getParagraphText());
    List<WordChoice> places = new ArrayList<>();
    places.add(new WordChoice(0, language.getCurrent().text("amendments.editor.at-start")));
    for (int i = 0; i < words.size(); i++) {
      places.add(
          new WordChoice(
              i + 1,
              language.getCurrent().text("amendments.editor.after-word", i + 1, words.get(i))));
    }
    return places;
  }

  public void paragraphChanged() {
    fromWord = 0;
    toWord = 0;
    insertAt = 0;
    preview = null;
  }

  /** The amendment as the form describes it. */
  AmendmentInput input() {
    ParagraphView p = getParagraph();
    List<String> words = Segments.words(getParagraphText());
    int revision = p == null ? 0 : Segments.revision(p, textLanguage);
    Long paragraph = p == null ? null : p.id();
    int from = Math.min(fromWord, toWord);
    int to = Math.max(fromWord, toWord) + 1;
    return switch (action) {
      case REPLACE, DELETE ->
          new AmendmentInput(
              sponsor(),
              textLanguage,
              "WORDS",
              paragraph,
              revision,
              from,
              Math.min(to, words.size()),
              String.join(
                  " ", words.subList(Math.min(from, words.size()), Math.min(to, words.size()))),
              action == Action.DELETE ? "" : text,
              null,
              justification,
              coSponsors,
              editingVersion);
      case INSERT ->
          new AmendmentInput(
              sponsor(),
              textLanguage,
              "WORDS",
              paragraph,
              revision,
              insertAt,
              insertAt,
              "",
              text,
              null,
              justification,
              coSponsors,
              editingVersion);
      case NEW_PARAGRAPH ->
          new AmendmentInput(
              sponsor(),
              textLanguage,
              "NEW_PARAGRAPH",
              paragraph,
              revision,
              null,
              null,
              "",
              text,
              newKind,
              justification,
              coSponsors,
              editingVersion);
      case DELETE_PARAGRAPH ->
          new AmendmentInput(
              sponsor(),
              textLanguage,
              "DELETE_PARAGRAPH",
              paragraph,
              revision,
              null,
              null,
              getParagraphText(),
              "",
              null,
              justification,
              coSponsors,
              editingVersion);
    };
  }

  /** The parliament the amendment is for: the focal point's own, the one the Secretariat chose. */
  private Long sponsor() {
    return secretariat ? (ownParliament == 0 ? null : ownParliament) : null;
  }

  /** The Secretariat chose the parliament it enters amendments for. */
  public void sponsorChanged() {
    all = null;
    clear();
  }

  /** Shows the amendment as a tracked change, or why it does not apply. */
  public void preview() {
    try {
      preview = amendments.preview(draftId, input());
    } catch (AssemblyException refused) {
      preview = null;
      language.refuse(refused);
    }
  }

  /** Tables the amendment (or saves the one being edited). */
  public void table() {
    try {
      AmendmentView saved =
          editing == null
              ? amendments.table(draftId, input(), language.getLocale())
              : amendments.change(editing, input(), language.getLocale());
      language.inform(
          editing == null ? "amendments.editor.tabled" : "amendments.editor.saved", saved.number());
      clear();
      reload();
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  /** Loads one of the parliament's amendments into the form, on the paragraph's current text. */
  public void edit(AmendmentView amendment) {
    editing = amendment.id();
    editingVersion = amendment.version();
    textLanguage = amendment.language();
    paragraphId = amendment.paragraphId();
    justification = amendment.justification();
    coSponsors = new ArrayList<>(amendment.coSponsors().stream().map(c -> c.id()).toList());
    text = amendment.text();
    switch (amendment.kind()) {
      case "NEW_PARAGRAPH" -> {
        action = Action.NEW_PARAGRAPH;
        newKind = amendment.newKind();
      }
      case "DELETE_PARAGRAPH" -> action = Action.DELETE_PARAGRAPH;
      default -> {
        if (amendment.from() == amendment.to()) {
          action = Action.INSERT;
          insertAt = amendment.from();
        } else {
          action = amendment.text().isEmpty() ? Action.DELETE : Action.REPLACE;
          fromWord = amendment.from();
          toWord = amendment.to() - 1;
        }
      }
    }
    preview = null;
  }

  public void clear() {
    editing = null;
    editingVersion = null;
    text = null;
    justification = null;
    coSponsors = new ArrayList<>();
    preview = null;
  }

  public void withdraw(AmendmentView amendment) {
    try {
      amendments.withdraw(amendment.id(), amendment.version(), language.getLocale());
      language.inform("amendments.editor.withdrawn", amendment.number());
      reload();
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void confirm(AmendmentView amendment) {
    try {
      amendments.confirm(amendment.id(), ownParliament, language.getLocale());
      language.inform("amendments.editor.confirmed", amendment.number());
      all = null;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public void decline(AmendmentView amendment) {
    try {
      amendments.decline(amendment.id(), ownParliament, language.getLocale());
      language.inform("amendments.editor.declined", amendment.number());
      all = null;
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  private List<AmendmentView> all() {
    if (all == null) {
      all = draftId == null ? List.of() : amendments.all(draftId, language.getLocale());
    }
    return all;
  }

  /** The parliament's own amendments, withdrawn ones included. */
  public List<AmendmentView> getOwn() {
    return all().stream().filter(a -> a.sponsor().id() == ownParliament).toList();
  }

  /** Tabled amendments naming the parliament as co-sponsor. */
  public List<AmendmentView> getAskedToCoSponsor() {
    return all().stream()
        .filter(a -> "TABLED".equals(a.state()))
        .filter(a -> a.coSponsors().stream().anyMatch(c -> c.id() == ownParliament))
        .toList();
  }

  public boolean confirmed(AmendmentView amendment) {
    return amendment.coSponsors().stream().anyMatch(c -> c.id() == ownParliament && c.confirmed());
  }

  /** The co-sponsors as a line: confirmed ones plain, the others marked as waiting. */
  public String coSponsorsLine(AmendmentView amendment) {
    return amendment.coSponsors().stream()
        .map(
            c ->
                c.confirmed()
                    ? c.name()
                    : language.getCurrent().text("amendments.co-sponsor.waiting", c.name()))
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  public String heading(AmendmentView amendment) {
    return language
        .getCurrent()
        .text(
            "amendments.heading",
            amendment.number(),
            ConsolidatedListDocument.kind(amendment, language.getCurrent()));
  }

  public String citation(String citation) {
    return Citation.of(citation, language.getCurrent());
  }

  public String deadline() {
    return draft == null ? "" : DraftBacking.deadline(draft, language.getCurrent());
  }

  /** The parliaments that may co-sponsor (all Members but this one). */
  public List<ParliamentName> getMembers() {
    return members == null
        ? List.of()
        : members.stream().filter(m -> m.id() != ownParliament).toList();
  }

  public List<String> getTextLanguages() {
    List<String> languages = new ArrayList<>(List.of("en", "fr"));
    ParagraphView p = getParagraph();
    if (p != null && p.es() != null) {
      languages.add("es");
    }
    if (p != null && p.ar() != null) {
      languages.add("ar");
    }
    return languages;
  }

  public Action[] getActions() {
    return Action.values();
  }

  public List<String> getKinds() {
    return List.of("PREAMBULAR", "OPERATIVE", "SUB_PARAGRAPH");
  }

  public boolean isWordRange() {
    return action == Action.REPLACE || action == Action.DELETE;
  }

  public boolean isNeedsText() {
    return action == Action.REPLACE || action == Action.INSERT || action == Action.NEW_PARAGRAPH;
  }

  /** The parliament's delegates and whether each may table its amendments (focal points). */
  public List<AuthorisedDelegate> getDelegates() {
    if (delegates == null) {
      delegates = focalPoint ? amendments.delegates(ownParliament) : List.of();
    }
    return delegates;
  }

  public void authorise(AuthorisedDelegate delegate) {
    try {
      delegates = amendments.authorise(ownParliament, delegate.accountId(), !delegate.authorised());
      language.inform(
          delegate.authorised() ? "amendments.delegates.revoked" : "amendments.delegates.granted",
          delegate.name());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
  }

  public boolean isFocalPoint() {
    return focalPoint;
  }

  public boolean isSecretariat() {
    return secretariat;
  }

  /** The parliament whose amendments the page shows and enters (the Secretariat chooses it). */
  public long getOwnParliament() {
    return ownParliament;
  }

  public void setOwnParliament(long ownParliament) {
    if (secretariat) {
      this.ownParliament = ownParliament;
    }
  }

  /** Every Member Parliament, for the Secretariat's choice. */
  public List<ParliamentName> getAllMembers() {
    return members == null ? List.of() : members;
  }

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  public DraftView getDraft() {
    return draft;
  }

  public String getTextLanguage() {
    return textLanguage;
  }

  public void setTextLanguage(String textLanguage) {
    this.textLanguage = textLanguage;
  }

  public Long getParagraphId() {
    return paragraphId;
  }

  public void setParagraphId(Long paragraphId) {
    this.paragraphId = paragraphId;
  }

  public Action getAction() {
    return action;
  }

  public void setAction(Action action) {
    this.action = action;
  }

  public int getFromWord() {
    return fromWord;
  }

  public void setFromWord(int fromWord) {
    this.fromWord = fromWord;
  }

  public int getToWord() {
    return toWord;
  }

  public void setToWord(int toWord) {
    this.toWord = toWord;
  }

  public int getInsertAt() {
    return insertAt;
  }

  public void setInsertAt(int insertAt) {
    this.insertAt = insertAt;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(String newKind) {
    this.newKind = newKind;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public List<Long> getCoSponsors() {
    return coSponsors;
  }

  public void setCoSponsors(List<Long> coSponsors) {
    this.coSponsors = coSponsors;
  }

  public Long getEditing() {
    return editing;
  }

  public List<SegmentView> getPreview() {
    return preview;
  }
}
