package org.ipu.assembly.amendments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ipu.assembly.amendments.rules.AmendmentKind;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * An amendment a Member Parliament (its sponsor) tabled to a paragraph of a draft, in one of the
 * draft's languages, with the paragraph's text as the sponsor saw it. Co-sponsors are other
 * parliaments, each confirmed by its own focal point. A correction of the base text that touched
 * its words marks it as needing review; the sponsor rewrites it on the current text.
 */
@Entity
@Table(name = "amendment")
@NamedQuery(
    name = Amendment.OF_DRAFT,
    query =
        "SELECT a FROM Amendment a JOIN FETCH a.sponsor WHERE a.draft = :draft"
            + " ORDER BY a.number")
@NamedQuery(
    name = Amendment.OF_PARAGRAPH,
    query = "SELECT a FROM Amendment a WHERE a.paragraph = :paragraph AND a.state = :state")
@NamedQuery(
    name = Amendment.LAST_NUMBER,
    query = "SELECT MAX(a.number) FROM Amendment a WHERE a.draft = :draft")
public class Amendment extends VersionedEntity {

  public static final String OF_DRAFT = "Amendment.ofDraft";

  /** The amendments to a paragraph in a state ({@code :state}). */
  public static final String OF_PARAGRAPH = "Amendment.ofParagraph";

  public static final String LAST_NUMBER = "Amendment.lastNumber";

  /** Tabled, or withdrawn by its sponsor. */
  public enum State {
    TABLED,
    WITHDRAWN
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "draft_id")
  private DraftResolution draft;

  private int number;

  @ManyToOne(optional = false)
  @JoinColumn(name = "sponsor_id")
  private Parliament sponsor;

  private String language;

  @Enumerated(EnumType.STRING)
  private AmendmentKind kind;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "paragraph_id")
  private DraftParagraph paragraph;

  @Column(name = "paragraph_revision")
  private int paragraphRevision;

  @Column(name = "word_from")
  private int wordFrom;

  @Column(name = "word_to")
  private int wordTo;

  @Column(name = "original_words")
  private String originalWords;

  @Column(name = "new_words")
  private String newWords;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_kind")
  private ParagraphKind newKind;

  @Column(name = "base_text")
  private String baseText;

  private String justification;

  @Enumerated(EnumType.STRING)
  private State state = State.TABLED;

  private boolean late;

  @Column(name = "needs_review")
  private boolean needsReview;

  @Column(name = "tabled_at")
  private LocalDateTime tabledAt;

  @Column(name = "tabled_by")
  private String tabledBy;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "amendment_cosponsor", joinColumns = @JoinColumn(name = "amendment_id"))
  private List<CoSponsor> coSponsors = new ArrayList<>();

  protected Amendment() {}

  /**
   * Tabled now: {@code change} to {@code paragraph} in {@code language}, whose text read {@code
   * baseText}; {@code late} when the Secretariat enters it after the deadline.
   */
  public Amendment(
      DraftResolution draft,
      int number,
      Parliament sponsor,
      DraftLanguage language,
      DraftParagraph paragraph,
      Change change,
      String justification,
      boolean late,
      LocalDateTime at,
      String by) {
    this.draft = Objects.requireNonNull(draft, "draft");
    this.number = number;
    this.sponsor = Objects.requireNonNull(sponsor, "sponsor");
    this.language = language.code();
    this.late = late;
    this.tabledAt = Objects.requireNonNull(at, "at");
    this.tabledBy = Objects.requireNonNull(by, "by");
    rewrite(paragraph, change, justification, at);
  }

  /** The sponsor rewrote it (on the paragraph's current text): no longer needs review. */
  public void rewrite(
      DraftParagraph paragraph, Change change, String justification, LocalDateTime at) {
    this.paragraph = Objects.requireNonNull(paragraph, "paragraph");
    this.baseText = paragraph.text(language());
    this.justification = justification;
    this.needsReview = false;
    this.changedAt = at;
    take(change);
  }

  /** A correction of the base text left its words alone: it follows them to the new revision. */
  public void carriedTo(Change change, String newBaseText) {
    this.baseText = newBaseText;
    take(change);
  }

  /** A correction of the base text touched its words. */
  public void markForReview() {
    needsReview = true;
  }

  public void withdraw(LocalDateTime at) {
    state = State.WITHDRAWN;
    changedAt = at;
  }

  /** Names the co-sponsors (confirmations of parliaments still named are kept). */
  public void nameCoSponsors(List<Long> parliamentIds) {
    coSponsors.removeIf(c -> !parliamentIds.contains(c.getParliamentId()));
    for (Long id : parliamentIds) {
      if (coSponsor(id).isEmpty()) {
        coSponsors.add(new CoSponsor(id));
      }
    }
  }

  public Optional<CoSponsor> coSponsor(long parliamentId) {
    return coSponsors.stream().filter(c -> c.getParliamentId() == parliamentId).findFirst();
  }

  /** The parliament's focal point confirmed (once; a second confirmation changes nothing). */
  public void confirmCoSponsor(long parliamentId, LocalDateTime at, String by) {
    CoSponsor named = coSponsor(parliamentId).orElseThrow();
    if (!named.isConfirmed()) {
      named.confirm(at, by);
    }
  }

  /** The parliament declined (or its confirmation came off): no longer named. */
  public void dropCoSponsor(long parliamentId) {
    coSponsors.removeIf(c -> c.getParliamentId() == parliamentId);
  }

  private void take(Change change) {
    this.kind = AmendmentKind.of(change);
    this.paragraphRevision = change.version();
    this.newKind = null;
    if (change instanceof WordChange words) {
      wordFrom = words.from();
      wordTo = words.to();
      originalWords = Words.join(words.expected());
      newWords = Words.join(words.replacement());
    } else if (change instanceof NewParagraph added) {
      wordFrom = 0;
      wordTo = 0;
      originalWords = "";
      newWords = Words.join(added.words());
      newKind = added.kind();
    } else {
      ParagraphDeletion deletion = (ParagraphDeletion) change;
      wordFrom = 0;
      wordTo = deletion.expected().size();
      originalWords = Words.join(deletion.expected());
      newWords = "";
    }
  }

  /** What it does, as the rules see it. */
  public Change change() {
    String id = String.valueOf(paragraph.getId());
    return switch (kind) {
      case WORDS ->
          new WordChange(
              id, paragraphRevision, wordFrom, wordTo, Words.of(originalWords), Words.of(newWords));
      case NEW_PARAGRAPH -> new NewParagraph(id, paragraphRevision, newKind, Words.of(newWords));
      case DELETE_PARAGRAPH ->
          new ParagraphDeletion(id, paragraphRevision, Words.of(originalWords));
    };
  }

  public DraftLanguage language() {
    return DraftLanguage.of(language).orElseThrow();
  }

  public boolean isTabled() {
    return state == State.TABLED;
  }

  public DraftResolution getDraft() {
    return draft;
  }

  public int getNumber() {
    return number;
  }

  public Parliament getSponsor() {
    return sponsor;
  }

  public AmendmentKind getKind() {
    return kind;
  }

  public DraftParagraph getParagraph() {
    return paragraph;
  }

  public String getBaseText() {
    return baseText;
  }

  public String getJustification() {
    return justification;
  }

  public State getState() {
    return state;
  }

  public boolean isLate() {
    return late;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public LocalDateTime getTabledAt() {
    return tabledAt;
  }

  public String getTabledBy() {
    return tabledBy;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public List<CoSponsor> getCoSponsors() {
    return List.copyOf(coSponsors);
  }
}
