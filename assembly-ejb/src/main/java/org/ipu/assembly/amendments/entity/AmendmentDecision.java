package org.ipu.assembly.amendments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.ipu.assembly.amendments.rules.Decision;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * The committee's decision on an amendment, as recorded by the Secretariat or by the close of a
 * committee vote on it, through the same control. One per amendment: a correction changes it, and
 * its version tells a second officer deciding at the same time that it changed.
 */
@Entity
@Table(name = "amendment_decision")
@NamedQuery(
    name = AmendmentDecision.OF_DRAFT,
    query = "SELECT d FROM AmendmentDecision d WHERE d.amendment.draft = :draft")
public class AmendmentDecision extends VersionedEntity {

  public static final String OF_DRAFT = "AmendmentDecision.ofDraft";

  /** Who recorded the decision. */
  public enum Source {
    /** The Secretariat recorded it, from its page or the API. */
    SECRETARIAT,
    /** A committee vote's close recorded it (decided by: the vote). */
    COMMITTEE_VOTE
  }

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "amendment_id")
  private Amendment amendment;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  @Column(name = "revised_words")
  private String revisedWords;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "other_amendment_id")
  private Amendment other;

  @Enumerated(EnumType.STRING)
  private Source source;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  protected AmendmentDecision() {}

  public AmendmentDecision(Amendment amendment) {
    this.amendment = Objects.requireNonNull(amendment, "amendment");
  }

  /**
   * The decision, with the revised words (orally revised only) and the other amendment (merged
   * into, or adopted and making this one fall), recorded at {@code at} by {@code by}.
   */
  public void decide(
      Decision decision,
      List<String> revised,
      Amendment other,
      Source source,
      LocalDateTime at,
      String by) {
    this.decision = Objects.requireNonNull(decision, "decision");
    this.revisedWords = decision == Decision.ADOPTED_AS_REVISED ? Words.join(revised) : null;
    this.other = decision.namesAnother() ? Objects.requireNonNull(other, "other") : null;
    this.source = Objects.requireNonNull(source, "source");
    this.decidedAt = Objects.requireNonNull(at, "at");
    this.decidedBy = Objects.requireNonNull(by, "by");
  }

  public Amendment getAmendment() {
    return amendment;
  }

  public Decision getDecision() {
    return decision;
  }

  /** The words as orally revised (empty unless so adopted). */
  public List<String> revised() {
    return Words.of(revisedWords);
  }

  public String getRevisedWords() {
    return revisedWords;
  }

  public Amendment getOther() {
    return other;
  }

  public Source getSource() {
    return source;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
