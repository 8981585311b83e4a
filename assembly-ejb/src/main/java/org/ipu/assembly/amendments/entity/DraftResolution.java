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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ipu.assembly.amendments.rules.Deadline;
import org.ipu.assembly.amendments.rules.DraftLanguage;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * A Standing Committee's draft resolution at an Assembly: prepared by the Secretariat, then
 * published for amendments until its deadline. Its paragraphs are {@link DraftParagraph}s.
 */
@Entity
@Table(name = "draft_resolution")
@NamedQuery(
    name = DraftResolution.OF_SESSION,
    query = "SELECT d FROM DraftResolution d WHERE d.session = :session ORDER BY d.committee")
public class DraftResolution extends VersionedEntity {

  public static final String OF_SESSION = "DraftResolution.ofSession";

  /** Whether Member Parliaments see the draft yet. */
  public enum State {
    DRAFT,
    PUBLISHED
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private AssemblySession session;

  @Enumerated(EnumType.STRING)
  private Committee committee;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "title_fr")
  private String titleFr;

  @Column(name = "title_es")
  private String titleEs;

  @Column(name = "title_ar")
  private String titleAr;

  @Column(name = "co_rapporteurs")
  private String coRapporteurs;

  private LocalDateTime deadline;

  @Column(name = "time_zone")
  private String timeZone;

  @Enumerated(EnumType.STRING)
  private State state = State.DRAFT;

  private int edition = 1;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "voting_order")
  private String votingOrder;

  protected DraftResolution() {}

  public DraftResolution(AssemblySession session, Committee committee) {
    this.session = Objects.requireNonNull(session, "session");
    this.committee = Objects.requireNonNull(committee, "committee");
  }

  /** Titles (Spanish and Arabic may be null), co-rapporteurs and deadline. */
  public void describe(
      String en, String fr, String es, String ar, String coRapporteurs, Deadline deadline) {
    this.titleEn = Objects.requireNonNull(en, "en");
    this.titleFr = Objects.requireNonNull(fr, "fr");
    this.titleEs = es;
    this.titleAr = ar;
    this.coRapporteurs = Objects.requireNonNull(coRapporteurs, "coRapporteurs");
    this.deadline = LocalDateTime.ofInstant(deadline.closes(), ZoneOffset.UTC);
    this.timeZone = deadline.zone().getId();
  }

  public void publish(LocalDateTime at) {
    state = State.PUBLISHED;
    publishedAt = at;
  }

  /** The published text was corrected: a new edition. */
  public void corrected() {
    if (isPublished()) {
      edition++;
    }
  }

  public boolean isPublished() {
    return state == State.PUBLISHED;
  }

  /** The title in a language, in English when it has none in that language. */
  public String title(DraftLanguage language) {
    String title =
        switch (language) {
          case EN -> titleEn;
          case FR -> titleFr;
          case ES -> titleEs;
          case AR -> titleAr;
        };
    return title == null ? titleEn : title;
  }

  /** The title as entered in a language (null if none). */
  public String titleAsEntered(DraftLanguage language) {
    return switch (language) {
      case EN -> titleEn;
      case FR -> titleFr;
      case ES -> titleEs;
      case AR -> titleAr;
    };
  }

  public Deadline deadline() {
    return new Deadline(deadline.toInstant(ZoneOffset.UTC), ZoneId.of(timeZone));
  }

  /** The presiding officer's order of the amendments (empty: the proposed order stands). */
  public List<Long> votingOrder() {
    if (votingOrder == null || votingOrder.isBlank()) {
      return List.of();
    }
    return Arrays.stream(votingOrder.split(",")).map(Long::valueOf).toList();
  }

  public void chooseVotingOrder(List<Long> order) {
    votingOrder =
        order.isEmpty()
            ? null
            : order.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public AssemblySession getSession() {
    return session;
  }

  public Committee getCommittee() {
    return committee;
  }

  public String getCoRapporteurs() {
    return coRapporteurs;
  }

  public State getState() {
    return state;
  }

  public int getEdition() {
    return edition;
  }

  public Instant getPublishedAt() {
    return publishedAt == null ? null : publishedAt.toInstant(ZoneOffset.UTC);
  }
}
