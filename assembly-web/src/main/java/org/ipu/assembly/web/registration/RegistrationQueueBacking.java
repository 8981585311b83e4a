package org.ipu.assembly.web.registration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.boundary.RegistrationQueue;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code secretariat/registrations.xhtml}: every delegation of the current Assembly, the submitted
 * ones first (oldest submission first), with their composition checks and what changed since the
 * last approval; approves a submitted delegation or returns it with the reason. Each decision names
 * the version the page showed.
 */
@Named
@ViewScoped
public class RegistrationQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegistrationQueue queue;
  @Inject private LanguageBacking language;

  private List<ShownDelegation> rows;

  /** The state shown ({@link RegistrationState} name), or null for every delegation. */
  private String state;

  /** The geopolitical group shown ({@code GeoGroup} name), or null for every group. */
  private String group;

  /** Only the delegations with a composition finding (a breach or a warning). */
  private boolean withFindings;

  /** The submitted delegations ticked for approval together. */
  private List<ShownDelegation> selected = new ArrayList<>();

  /** The delegation being returned, and the reason typed. */
  private ShownDelegation returning;

  private String comment;

  @PostConstruct
  void load() {
    rows =
        queue.all().stream()
            .map(sheet -> ShownDelegation.of(sheet, language.getCurrent()))
            .toList();
  }

  /** Approves a submitted delegation, as shown. */
  public void approve(ShownDelegation row) {
    try {
      queue.approve(row.parliamentId(), row.version());
      language.inform("registration.queue.approved", row.parliament());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    load();
  }

  /**
   * Approves every ticked delegation, each as shown and on its own: one that changed meanwhile is
   * refused and named, the others are approved.
   */
  public void approveSelected() {
    List<String> approved = new ArrayList<>();
    for (ShownDelegation row : selected) {
      try {
        queue.approve(row.parliamentId(), row.version());
        approved.add(row.parliament());
      } catch (AssemblyException refused) {
        language.refuse(refused);
      }
    }
    if (!approved.isEmpty()) {
      language.inform(
          "registration.queue.approved-many", approved.size(), String.join(", ", approved));
    }
    selected = new ArrayList<>();
    load();
  }

  /** Opens the return dialog on a delegation. */
  public void prepareReturn(ShownDelegation row) {
    returning = row;
    comment = null;
  }

  /** Returns the delegation to its focal points with the reason typed. */
  public void returnDelegation() {
    if (returning == null) {
      return;
    }
    try {
      queue.returnWith(returning.parliamentId(), returning.version(), comment);
      language.inform("registration.queue.returned", returning.parliament());
      returning = null;
      comment = null;
      load();
    } catch (AssemblyException refused) {
      language.refuse(refused);
      if (refused.getKind() == AssemblyException.Kind.CONFLICT) {
        long parliamentId = returning.parliamentId();
        load();
        returning =
            rows.stream().filter(r -> r.parliamentId() == parliamentId).findFirst().orElse(null);
      }
    }
  }

  /** The delegations in the state and group chosen, in the queue's order. */
  public List<ShownDelegation> getRows() {
    return rows.stream()
        .filter(r -> state == null || r.state().equals(state))
        .filter(r -> group == null || r.groups().contains(group))
        .filter(r -> !withFindings || !r.findings().isEmpty())
        .toList();
  }

  /** The geopolitical groups of the delegations listed ({@code GeoGroup} names). */
  public List<String> getGroups() {
    return rows.stream().flatMap(r -> r.groups().stream()).distinct().sorted().toList();
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public boolean isWithFindings() {
    return withFindings;
  }

  public void setWithFindings(boolean withFindings) {
    this.withFindings = withFindings;
  }

  public List<ShownDelegation> getSelected() {
    return selected;
  }

  public void setSelected(List<ShownDelegation> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public List<RegistrationState> getStates() {
    return List.of(RegistrationState.values());
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public ShownDelegation getReturning() {
    return returning;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  /** The longest reason the Secretariat may give. */
  public int getMaxComment() {
    return RegistrationQueue.MAX_COMMENT;
  }
}
