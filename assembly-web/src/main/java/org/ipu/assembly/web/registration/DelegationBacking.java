package org.ipu.assembly.web.registration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.ipu.assembly.accounts.boundary.Accounts;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.InvalidRequest;
import org.ipu.assembly.registration.boundary.DelegateAccounts;
import org.ipu.assembly.registration.boundary.Registrations;
import org.ipu.assembly.registration.control.ParticipantLine;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;
import org.ipu.assembly.web.roster.ParliamentBacking;

/**
 * {@code focal/delegation.xhtml} (the focal point's own parliament) and {@code
 * secretariat/delegation.xhtml?parliament=N}: a delegation's registration. Starts it, adds, changes
 * and removes participants (the composition checks follow each change), submits it. Every change
 * names the version read: when someone else changed the delegation meanwhile, what the person typed
 * stays in the form, they are told, and the page shows the delegation as it is now.
 */
@Named
@ViewScoped
public class DelegationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String CHANGED_MEANWHILE = "registration.changed-meanwhile";

  @Inject private Registrations registrations;
  @Inject private DelegateAccounts delegateAccounts;
  @Inject private Accounts accounts;
  @Inject private Roster roster;
  @Inject private LanguageBacking language;

  /** As typed in the address ({@code ?parliament=abc} is a parliament that does not exist). */
  private String parliament;

  private long parliamentId;
  private String parliamentName;
  private ShownDelegation sheet;
  private ParticipantForm form = new ParticipantForm();

  /** The participant being changed; null while adding one. */
  private Long editing;

  /** View action: loads the delegation, or answers 403/404 in place of the page. */
  public void load() throws IOException {
    try {
      parliamentId = ParliamentBacking.shown(parliament, accounts);
      parliamentName =
          roster.currentMembership(parliamentId).getParliament().name(language.getLocale());
      reload();
    } catch (AssemblyException refused) {
      language.refusePage(refused);
    }
  }

  /** Reads the delegation again; none while the parliament has not started registering. */
  void reload() {
    try {
      sheet = ShownDelegation.of(registrations.sheet(parliamentId), language.getCurrent());
    } catch (AssemblyException refused) {
      if (!"registration.none".equals(refused.getCode())) {
        throw refused;
      }
      sheet = null;
    }
  }

  /** Starts the registration, empty or with the participants of the last Assembly. */
  public void start(boolean fromEarlierAssembly) {
    try {
      sheet =
          ShownDelegation.of(
              registrations.start(parliamentId, fromEarlierAssembly), language.getCurrent());
      language.inform("registration.page.started");
    } catch (AssemblyException refused) {
      language.refuse(refused);
      reload();
    }
  }

  /** Opens the form for a new participant. */
  public void newParticipant() {
    editing = null;
    form = ParticipantForm.empty(language.getCode());
  }

  /** Opens the form on a participant as read. */
  public void edit(ShownDelegation.Line line) {
    editing = line.id();
    form = line.form().copy();
  }

  /** Saves the form: adds the participant, or changes the one being edited. */
  public void save() {
    try {
      ParticipantLine saved =
          editing == null
              ? registrations.add(parliamentId, form.details())
              : registrations.change(editing, form.details());
      language.inform(
          editing == null ? "registration.page.added" : "registration.page.changed",
          RegistrationWords.name(saved.details()));
      reload();
    } catch (InvalidRequest invalid) {
      FacesContext faces = FacesContext.getCurrentInstance();
      for (InvalidRequest.FieldProblem problem : invalid.getProblems()) {
        String text =
            language.getCurrent().text("error." + problem.code(), problem.arguments().toArray());
        faces.addMessage(
            "participant:" + problem.field(),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
      language.refuse(invalid);
    } catch (AssemblyException refused) {
      language.refuse(refused);
      if (CHANGED_MEANWHILE.equals(refused.getCode())) {
        reload();
        followTheVersionNow();
      }
    }
  }

  /**
   * After a conflict the form keeps what was typed; saving again applies it over the delegation as
   * it is now (the person has been told and sees it).
   */
  private void followTheVersionNow() {
    if (editing != null && sheet != null) {
      sheet.line(editing).ifPresent(line -> form.setVersion(line.version()));
    }
  }

  /** Removes a participant, as read. */
  public void remove(ShownDelegation.Line line) {
    try {
      registrations.remove(line.id(), line.version());
      language.inform("registration.page.removed", line.name());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    reload();
  }

  /** Invites the member of parliament to open their account (or mails a new link). */
  public void invite(ShownDelegation.Line line) {
    try {
      ParticipantLine invited = delegateAccounts.invite(line.id());
      language.inform("registration.page.invited", invited.account(), invited.details().email());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    reload();
  }

  /** Submits the delegation, as read, for the Secretariat's approval. */
  public void submit() {
    try {
      sheet =
          ShownDelegation.of(
              registrations.submit(parliamentId, sheet.version()), language.getCurrent());
      language.inform("registration.page.submitted");
    } catch (AssemblyException refused) {
      language.refuse(refused);
      reload();
    }
  }

  /** Why the delegation can or cannot be submitted now (a bundle key). */
  public String getSubmitHint() {
    if (sheet == null) {
      return "registration.page.submit.hint";
    }
    if (sheet.waiting()) {
      return "registration.page.waiting";
    }
    if (!sheet.mayChange()) {
      return "registration.page.closed";
    }
    if (RegistrationState.APPROVED.name().equals(sheet.state())) {
      return "registration.page.approved.hint";
    }
    return sheet.blocksSubmission()
        ? "registration.page.submit.blocked"
        : "registration.page.submit.hint";
  }

  public List<ParticipantCategory> getCategories() {
    return List.of(ParticipantCategory.values());
  }

  public List<Gender> getGenders() {
    return List.of(Gender.values());
  }

  public List<Committee> getCommittees() {
    return List.of(Committee.values());
  }

  public ShownDelegation getSheet() {
    return sheet;
  }

  public long getParliamentId() {
    return parliamentId;
  }

  public String getParliamentName() {
    return parliamentName;
  }

  public ParticipantForm getForm() {
    return form;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getParliament() {
    return parliament;
  }

  public void setParliament(String parliament) {
    this.parliament = parliament;
  }
}
