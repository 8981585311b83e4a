package org.ipu.assembly.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.Registrations;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;
import org.primefaces.event.FileUploadEvent;

/**
 * The badge photo dialog of the delegation page ({@code participant-photo.xhtml}): shows a
 * participant's photo, uploads a new one (the business tier checks it and says why it refuses one,
 * in the page's language) and removes it. The delegation as shown ({@link DelegationBacking}) is
 * read again after each change: its thumbnails, state and version follow.
 */
@Named
@ViewScoped
public class ParticipantPhotoBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Registrations registrations;
  @Inject private DelegationBacking delegation;
  @Inject private LanguageBacking language;

  /** The participant whose photo the dialog shows, as read. */
  private ShownDelegation.Line participant;

  /** Opens the dialog on the participant. */
  public void open(ShownDelegation.Line line) {
    participant = line;
  }

  /** Takes the uploaded file as the participant's photo. */
  public void upload(FileUploadEvent event) {
    if (participant == null) {
      return;
    }
    try {
      registrations.changePhoto(participant.id(), event.getFile().getContent());
      language.inform("registration.photo.saved", participant.name());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    followTheDelegation();
  }

  /** Removes the participant's photo. */
  public void remove() {
    if (participant == null) {
      return;
    }
    try {
      registrations.removePhoto(participant.id());
      language.inform("registration.photo.removed", participant.name());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    followTheDelegation();
  }

  /** Reads the delegation again and the participant in it (gone if someone removed them). */
  private void followTheDelegation() {
    delegation.reload();
    ShownDelegation sheet = delegation.getSheet();
    participant = sheet == null ? null : sheet.line(participant.id()).orElse(null);
  }

  public ShownDelegation.Line getParticipant() {
    return participant;
  }

  /** The dialog's title: whose photo it is. */
  public String getTitle() {
    return participant == null
        ? ""
        : language.getCurrent().text("registration.photo.title", participant.name());
  }

  /** The largest file accepted now, in kilobytes (the Assembly's setting). */
  public int getMaxKilobytes() {
    return registrations.photoMaxKilobytes();
  }

  /** The same in bytes, for the file chooser's own check before sending. */
  public long getMaxBytes() {
    return getMaxKilobytes() * 1024L;
  }
}
