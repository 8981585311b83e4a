package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.platform.images.SquarePhoto;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.entity.ParticipantPhoto;

/**
 * The participants' badge photos as stored: kept, replaced, removed, and which participants have
 * one (read without the photos themselves, so a delegation's lists stay light).
 */
@Dependent
public class ParticipantPhotos {

  @PersistenceContext private EntityManager em;

  /** When each participant of the delegation who has a photo had it uploaded, by id. */
  public Map<Long, LocalDateTime> uploaded(Delegation delegation) {
    Map<Long, LocalDateTime> uploaded = new HashMap<>();
    em.createNamedQuery(ParticipantPhoto.OF_DELEGATION, Object[].class)
        .setParameter("delegation", delegation)
        .getResultList()
        .forEach(row -> uploaded.put((Long) row[0], (LocalDateTime) row[1]));
    return uploaded;
  }

  /** When the participant's photo was uploaded, if they have one. */
  public Optional<LocalDateTime> uploaded(Participant participant) {
    return em.createNamedQuery(ParticipantPhoto.UPLOADED_AT, LocalDateTime.class)
        .setParameter("participant", participant.getId())
        .getResultStream()
        .findFirst();
  }

  /** The participant's photo, if they have one. */
  public Optional<ParticipantPhoto> of(Participant participant) {
    return Optional.ofNullable(em.find(ParticipantPhoto.class, participant.getId()));
  }

  /** Keeps the photo as the participant's, in place of the one they had. */
  public void keep(Participant participant, SquarePhoto photo, String by, LocalDateTime at) {
    Optional<ParticipantPhoto> stored = of(participant);
    if (stored.isPresent()) {
      stored.get().replace(photo.jpeg(), photo.side(), photo.side(), by, at);
    } else {
      em.persist(
          new ParticipantPhoto(participant, photo.jpeg(), photo.side(), photo.side(), by, at));
    }
    em.flush();
  }

  /**
   * The earlier participant's photo becomes the copy's too (a delegation started from the last
   * Assembly's): the same image, with when and by whom it was uploaded.
   */
  public void carryOver(Participant earlier, Participant copy) {
    of(earlier)
        .ifPresent(
            photo ->
                em.persist(
                    new ParticipantPhoto(
                        copy,
                        photo.getJpeg(),
                        photo.getWidth(),
                        photo.getHeight(),
                        photo.getUploadedBy(),
                        photo.getUploadedAt())));
  }

  /** Removes the participant's photo; false if they had none. */
  public boolean remove(Participant participant) {
    Optional<ParticipantPhoto> stored = of(participant);
    stored.ifPresent(em::remove);
    return stored.isPresent();
  }
}
