package org.ipu.assembly.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.ipu.assembly.registration.entity.Participant;

/**
 * A printed badge: its QR code carries only {@link #getToken() the token}. Reprinting the
 * participant's badge revokes this one; a revoked badge checks nobody in.
 */
@Entity
@Table(name = "badge")
@NamedQuery(
    name = Badge.OF_TOKEN,
    query =
        "SELECT b FROM Badge b JOIN FETCH b.participant p JOIN FETCH p.delegation"
            + " WHERE b.token = :token")
@NamedQuery(
    name = Badge.VALID_OF,
    query = "SELECT b FROM Badge b WHERE b.participant IN :participants AND b.revokedAt IS NULL")
public class Badge {

  public static final String OF_TOKEN = "Badge.ofToken";

  /** The badges of these participants not revoked. */
  public static final String VALID_OF = "Badge.validOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "participant_id")
  private Participant participant;

  private String token;

  @Column(name = "printed_at")
  private LocalDateTime printedAt;

  @Column(name = "printed_by")
  private String printedBy;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  protected Badge() {}

  public Badge(Participant participant, String token, LocalDateTime printedAt, String printedBy) {
    this.participant = Objects.requireNonNull(participant, "participant");
    this.token = Objects.requireNonNull(token, "token");
    this.printedAt = Objects.requireNonNull(printedAt, "printedAt");
    this.printedBy = Objects.requireNonNull(printedBy, "printedBy");
  }

  /** A new badge replaced this one. */
  public void revoke(LocalDateTime at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public Participant getParticipant() {
    return participant;
  }

  public String getToken() {
    return token;
  }

  public LocalDateTime getPrintedAt() {
    return printedAt;
  }

  public String getPrintedBy() {
    return printedBy;
  }

  /** When a reprint revoked it (empty while valid). */
  public Optional<LocalDateTime> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
