package org.ipu.assembly.amendments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ipu.assembly.amendments.rules.BaseParagraph;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * A paragraph of a draft: its id is its identity, its number follows from its position and kind.
 * Each language's text has its revision, raised by each correction; amendments name it.
 */
@Entity
@Table(name = "draft_paragraph")
@NamedQuery(
    name = DraftParagraph.OF_DRAFT,
    query =
        "SELECT p FROM DraftParagraph p WHERE p.draft = :draft AND p.removed = FALSE"
            + " ORDER BY p.position")
public class DraftParagraph extends VersionedEntity {

  public static final String OF_DRAFT = "DraftParagraph.ofDraft";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "draft_id")
  private DraftResolution draft;

  private int position;

  @Enumerated(EnumType.STRING)
  private ParagraphKind kind;

  private boolean removed;

  @Column(name = "text_en")
  private String textEn;

  @Column(name = "text_fr")
  private String textFr;

  @Column(name = "text_es")
  private String textEs;

  @Column(name = "text_ar")
  private String textAr;

  @Column(name = "revision_en")
  private int revisionEn = 1;

  @Column(name = "revision_fr")
  private int revisionFr = 1;

  @Column(name = "revision_es")
  private int revisionEs = 1;

  @Column(name = "revision_ar")
  private int revisionAr = 1;

  protected DraftParagraph() {}

  public DraftParagraph(
      DraftResolution draft, int position, ParagraphKind kind, String english, String french) {
    this.draft = Objects.requireNonNull(draft, "draft");
    this.position = position;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.textEn = Words.normalise(english);
    this.textFr = Words.normalise(french);
  }

  /**
   * Sets the text in a language (null or blank: none, for Spanish and Arabic); a changed text gets
   * a new revision. Whether it changed.
   */
  public boolean write(DraftLanguage language, String text) {
    String normal = text == null || text.isBlank() ? null : Words.normalise(text);
    if (Objects.equals(normal, text(language))) {
      return false;
    }
    switch (language) {
      case EN -> {
        textEn = Objects.requireNonNull(normal, "english");
        revisionEn++;
      }
      case FR -> {
        textFr = Objects.requireNonNull(normal, "french");
        revisionFr++;
      }
      case ES -> {
        textEs = normal;
        revisionEs++;
      }
      case AR -> {
        textAr = normal;
        revisionAr++;
      }
    }
    return true;
  }

  /** The text in a language (null if the paragraph has none in it). */
  public String text(DraftLanguage language) {
    return switch (language) {
      case EN -> textEn;
      case FR -> textFr;
      case ES -> textEs;
      case AR -> textAr;
    };
  }

  public int revision(DraftLanguage language) {
    return switch (language) {
      case EN -> revisionEn;
      case FR -> revisionFr;
      case ES -> revisionEs;
      case AR -> revisionAr;
    };
  }

  /** The paragraph in a language as the rules see it. */
  public BaseParagraph base(DraftLanguage language) {
    return BaseParagraph.of(String.valueOf(getId()), kind, revision(language), text(language));
  }

  public void moveTo(int position, ParagraphKind kind) {
    this.position = position;
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** Taken out of the draft; amendments to it keep pointing at it. */
  public void remove() {
    removed = true;
  }

  public DraftResolution getDraft() {
    return draft;
  }

  public int getPosition() {
    return position;
  }

  public ParagraphKind getKind() {
    return kind;
  }

  public boolean isRemoved() {
    return removed;
  }
}
