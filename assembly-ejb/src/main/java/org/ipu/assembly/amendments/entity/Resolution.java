package org.ipu.assembly.amendments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipu.assembly.amendments.rules.Adoption;
import org.ipu.assembly.platform.VersionedEntity;

/**
 * A draft resolution on its way to adoption: the committee's final text, stored as it read when the
 * committee adopted it (in each language it was generated in), and the plenary's decision on it.
 */
@Entity
@Table(name = "resolution")
@NamedQuery(name = Resolution.OF_DRAFT, query = "SELECT r FROM Resolution r WHERE r.draft = :draft")
@NamedQuery(
    name = Resolution.ADOPTED_IN_SESSION,
    query =
        "SELECT r FROM Resolution r WHERE r.draft.session.id = :session AND r.state = :state"
            + " ORDER BY r.draft.committee")
public class Resolution extends VersionedEntity {

  public static final String OF_DRAFT = "Resolution.ofDraft";
  public static final String ADOPTED_IN_SESSION = "Resolution.adoptedInSession";

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "draft_id")
  private DraftResolution draft;

  @Enumerated(EnumType.STRING)
  private Adoption state = Adoption.COMMITTEE_TEXT;

  @Column(name = "committee_adopted_at")
  private LocalDateTime committeeAdoptedAt;

  @Column(name = "committee_adopted_by")
  private String committeeAdoptedBy;

  @Enumerated(EnumType.STRING)
  private Adoption.How adoption;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "vote_id")
  private Long voteId;

  @Column(name = "votes_yes")
  private Integer votesYes;

  @Column(name = "votes_no")
  private Integer votesNo;

  @Column(name = "votes_abstain")
  private Integer votesAbstain;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "resolution_text", joinColumns = @JoinColumn(name = "resolution_id"))
  @MapKeyColumn(name = "language")
  @Column(name = "title")
  private Map<String, String> titles = new LinkedHashMap<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "resolution_paragraph", joinColumns = @JoinColumn(name = "resolution_id"))
  @OrderBy("language, position")
  private List<ResolutionParagraph> paragraphs = new ArrayList<>();

  protected Resolution() {}

  /** The committee adopted its text, at {@code at} (UTC), as recorded by {@code by}. */
  public Resolution(DraftResolution draft, Instant at, String by) {
    this.draft = Objects.requireNonNull(draft, "draft");
    this.committeeAdoptedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    this.committeeAdoptedBy = Objects.requireNonNull(by, "by");
  }

  /** The committee's text in a language: its title and its paragraphs in order. */
  public void text(String language, String title, List<ResolutionParagraph> inOrder) {
    titles.put(language, Objects.requireNonNull(title, "title"));
    inOrder.forEach(p -> paragraphs.add(p));
  }

  /** The plenary adopted the text by consensus. */
  public void adoptedByConsensus(Instant at, String by) {
    decide(Adoption.How.CONSENSUS, true, at, by);
  }

  /** The plenary voted on the text: adopted or rejected, with the vote and its totals. */
  public void voted(
      boolean adopted, long voteId, int yes, int no, int abstain, Instant at, String by) {
    decide(Adoption.How.VOTE, adopted, at, by);
    this.voteId = voteId;
    this.votesYes = yes;
    this.votesNo = no;
    this.votesAbstain = abstain;
  }

  private void decide(Adoption.How how, boolean adopted, Instant at, String by) {
    state = state.decide(how, adopted);
    adoption = how;
    decidedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    decidedBy = Objects.requireNonNull(by, "by");
  }

  public DraftResolution getDraft() {
    return draft;
  }

  public Adoption getState() {
    return state;
  }

  public Adoption.How getAdoption() {
    return adoption;
  }

  public Instant getCommitteeAdoptedAt() {
    return committeeAdoptedAt.toInstant(ZoneOffset.UTC);
  }

  public String getCommitteeAdoptedBy() {
    return committeeAdoptedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC);
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getVoteId() {
    return voteId;
  }

  public Integer getVotesYes() {
    return votesYes;
  }

  public Integer getVotesNo() {
    return votesNo;
  }

  public Integer getVotesAbstain() {
    return votesAbstain;
  }

  /** The languages of the committee's text, English and French first. */
  public List<String> languages() {
    return List.copyOf(titles.keySet());
  }

  /** The title in a language (null if the text has none in it). */
  public String title(String language) {
    return titles.get(language);
  }

  /** The paragraphs in a language, in order. */
  public List<ResolutionParagraph> paragraphs(String language) {
    return paragraphs.stream().filter(p -> p.getLanguage().equals(language)).toList();
  }
}
