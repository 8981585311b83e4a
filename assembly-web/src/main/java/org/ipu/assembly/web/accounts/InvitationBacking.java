package org.ipu.assembly.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.ipu.assembly.accounts.boundary.InvitationStatus;
import org.ipu.assembly.accounts.boundary.Invitations;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code invitation.xhtml?token=...}: shows whether the link works; if it does, takes the chosen
 * password (twice) and sets it; afterwards, or for a used, replaced, expired or unknown link, says
 * so plainly.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Invitations invitations;
  @Inject private LanguageBacking language;

  private String token;
  private String password;
  private String repeat;
  private InvitationStatus status;
  private String doneFor;

  /** Reads the link's state once the view parameter is set. */
  public void load() {
    status = invitations.status(token);
  }

  public void choose() {
    if (!Objects.equals(password, repeat)) {
      password = repeat = null;
      language.refuse(AssemblyException.invalid("password.mismatch"));
      return;
    }
    try {
      doneFor = invitations.accept(token, password);
    } catch (AssemblyException refused) {
      language.refuse(refused);
      status = invitations.status(token);
    } finally {
      password = repeat = null;
    }
  }

  /** Whether the form shows: the link works and no password was set through it yet. */
  public boolean isUsable() {
    return doneFor == null && status != null && status.usable();
  }

  public boolean isDone() {
    return doneFor != null;
  }

  public String getDoneFor() {
    return doneFor;
  }

  /** Why the link does not work, in the page's language (empty while it works). */
  public String getRefusal() {
    if (doneFor != null || status == null || status.usable()) {
      return "";
    }
    return language.getCurrent().text("error." + status.refusalCode());
  }

  public InvitationStatus getStatus() {
    return status;
  }

  /** When the link expires, in the page's language (UTC, as the mail says). */
  public String getExpiresAt() {
    return status == null || status.expiresAt() == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .withZone(ZoneOffset.UTC)
            .format(status.expiresAt());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
