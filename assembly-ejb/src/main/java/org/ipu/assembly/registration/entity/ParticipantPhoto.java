package org.ipu.assembly.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A participant's badge photo: a square JPEG made from what the focal point uploaded, with who
 * uploaded it and when. Stored apart from the {@link Participant} (lists never read it), one per
 * participant, removed with them. Personal data: see the registration boundary.
 */
@Entity
@Table(name = "participant_photo")
@NamedQuery(
    name = ParticipantPhoto.OF_DELEGATION,
    query =
        "SELECT ph.participantId, ph.uploadedAt FROM ParticipantPhoto ph"
            + " WHERE ph.participantId IN"
            + " (SELECT p.id FROM Participant p WHERE p.delegation = :delegation)")
@NamedQuery(
    name = ParticipantPhoto.UPLOADED_AT,
    query = "SELECT ph.uploadedAt FROM ParticipantPhoto ph WHERE ph.participantId = :participant")
public class ParticipantPhoto {

  /** Which participants of a delegation have a photo, and when it was uploaded (not the photos). */
  public static final String OF_DELEGATION = "ParticipantPhoto.ofDelegation";

  /** When one participant's photo was uploaded (not the photo). */
  public static final String UPLOADED_AT = "ParticipantPhoto.uploadedAt";

  @Id
  @Column(name = "participant_id")
  private Long participantId;

  @Lob
  @Column(name = "jpeg")
  private byte[] jpeg;

  private int width;
  private int height;

  @Column(name = "uploaded_at")
  private LocalDateTime uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected ParticipantPhoto() {}

  /** The stored participant's photo, as {@link #replace} takes it. */
  public ParticipantPhoto(
      Participant participant,
      byte[] jpeg,
      int width,
      int height,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.participantId = Objects.requireNonNull(participant.getId(), "a stored participant");
    replace(jpeg, width, height, uploadedBy, uploadedAt);
  }

  /** Takes a new photo, already checked and encoded. */
  public final void replace(
      byte[] jpeg, int width, int height, String uploadedBy, LocalDateTime uploadedAt) {
    if (jpeg == null || jpeg.length == 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a photo has bytes and a size");
    }
    this.jpeg = jpeg.clone();
    this.width = width;
    this.height = height;
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  public Long getParticipantId() {
    return participantId;
  }

  /** The JPEG (a copy). */
  public byte[] getJpeg() {
    return jpeg.clone();
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ParticipantPhoto photo
        && participantId != null
        && participantId.equals(photo.participantId);
  }

  @Override
  public int hashCode() {
    return ParticipantPhoto.class.hashCode();
  }
}
