package org.ipu.assembly.amendments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A parliament named as co-sponsor of an amendment; it co-sponsors once its own focal point
 * confirmed.
 */
@Embeddable
public class CoSponsor {

  @Column(name = "parliament_id")
  private long parliamentId;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  protected CoSponsor() {}

  public CoSponsor(long parliamentId) {
    this.parliamentId = parliamentId;
  }

  void confirm(LocalDateTime at, String by) {
    this.confirmedAt = Objects.requireNonNull(at, "at");
    this.confirmedBy = Objects.requireNonNull(by, "by");
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  public LocalDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }
}
