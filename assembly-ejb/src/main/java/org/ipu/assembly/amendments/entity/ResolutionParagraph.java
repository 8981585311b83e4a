package org.ipu.assembly.amendments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.ipu.assembly.amendments.rules.ParagraphKind;

/** A paragraph of a committee's final text in one language, as it was adopted. */
@Embeddable
public class ResolutionParagraph {

  @Column(length = 2)
  private String language;

  private int position;

  @Enumerated(EnumType.STRING)
  private ParagraphKind kind;

  private String citation;

  private String mark;

  private String text;

  protected ResolutionParagraph() {}

  public ResolutionParagraph(
      String language,
      int position,
      ParagraphKind kind,
      String citation,
      String mark,
      String text) {
    this.language = Objects.requireNonNull(language, "language");
    this.position = position;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.mark = Objects.requireNonNull(mark, "mark");
    this.text = Objects.requireNonNull(text, "text");
  }

  public String getLanguage() {
    return language;
  }

  public int getPosition() {
    return position;
  }

  public ParagraphKind getKind() {
    return kind;
  }

  public String getCitation() {
    return citation;
  }

  public String getMark() {
    return mark;
  }

  public String getText() {
    return text;
  }
}
