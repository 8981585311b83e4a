package org.ipu.assembly.web.roster;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.roster.boundary.MembershipChange;
import org.ipu.assembly.roster.boundary.Memberships;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.voting.boundary.PlenaryVoting;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * The membership dialog of {@code secretariat/parliaments.xhtml}: the Secretariat changes a
 * parliament's status, suspension (with its reason), population and geopolitical groups at the
 * current Assembly, sees what it does to the parliament's votes before saving, and saves it on the
 * version it read.
 */
@Named
@ViewScoped
public class MembershipBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Roster roster;
  @Inject private Memberships memberships;
  @Inject private PlenaryVoting voting;
  @Inject private LanguageBacking language;
  @Inject private ParliamentsBacking parliaments;

  private Long parliamentId;
  private String name;
  private long version;
  private MembershipStatus status;
  private boolean suspended;
  private String suspensionReason;
  private Long population;
  private List<String> groups;
  private ParliamentsResource.MembershipPreview preview;

  /** Opens the dialog on a parliament's standing as stored now. */
  public void edit(ParliamentsBacking.Row row) {
    Membership membership = roster.currentMembership(row.id());
    parliamentId = row.id();
    name = row.name();
    version = membership.getVersion();
    status = membership.getStatus();
    suspended = membership.isSuspended();
    suspensionReason = membership.getSuspensionReason();
    population = membership.getPopulation();
    groups = membership.getGroups().stream().map(Enum::name).sorted().toList();
    updatePreview();
  }

  /** The votes now and with what is typed (shown as the Secretariat types). */
  public void updatePreview() {
    try {
      preview = ParliamentsResource.preview(voting, parliamentId, change());
    } catch (AssemblyException refused) {
      preview = null;
    }
  }

  /** Saves the change; on a conflict keeps what was typed and reads the stored version again. */
  public void save() {
    try {
      memberships.change(parliamentId, change());
      language.inform("membership.saved", name);
      parliaments.load();
      parliamentId = null;
    } catch (AssemblyException refused) {
      language.refuse(refused);
      if (refused.getKind() == AssemblyException.Kind.CONFLICT) {
        version = roster.currentMembership(parliamentId).getVersion();
      }
    }
  }

  private MembershipChange change() {
    return new MembershipChange(
        version,
        status,
        suspended,
        suspensionReason,
        population,
        groups == null ? null : groups.stream().map(GeoGroup::valueOf).collect(Collectors.toSet()));
  }

  /** Whether the dialog was saved (and can close). */
  public boolean isSaved() {
    return parliamentId == null;
  }

  public String getName() {
    return name;
  }

  public MembershipStatus getStatus() {
    return status;
  }

  public void setStatus(MembershipStatus status) {
    this.status = status;
  }

  public boolean isSuspended() {
    return suspended;
  }

  public void setSuspended(boolean suspended) {
    this.suspended = suspended;
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }

  public void setSuspensionReason(String suspensionReason) {
    this.suspensionReason = suspensionReason;
  }

  public Long getPopulation() {
    return population;
  }

  public void setPopulation(Long population) {
    this.population = population;
  }

  public ParliamentsResource.MembershipPreview getPreview() {
    return preview;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  /** Every geopolitical group ({@code GeoGroup} names). */
  public List<String> getAllGroups() {
    return Arrays.stream(GeoGroup.values()).map(Enum::name).toList();
  }

  public MembershipStatus[] getStatuses() {
    return MembershipStatus.values();
  }
}
