package org.ipu.assembly.roster.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.platform.Whole;
import org.ipu.assembly.roster.entity.GeoGroup;
import org.ipu.assembly.roster.entity.MembershipStatus;

/**
 * A parliament's standing at the current Assembly as the Secretariat sets it, made on the version
 * it read. Each constraint's message is the stable code of its refusal.
 *
 * @param suspensionReason why the Member is suspended (required when suspended)
 * @param population the population figure used at this Assembly, in persons
 * @param groups its geopolitical groups at this Assembly (null: as they are)
 */
public record MembershipChange(
    @NotNull(message = "membership.version.required") Long version,
    @NotNull(message = "membership.status.required") MembershipStatus status,
    boolean suspended,
    @Size(max = 500, message = "membership.suspension-reason.invalid")
        @Pattern(regexp = PlainText.REGEX, message = "membership.suspension-reason.invalid")
        String suspensionReason,
    @NotNull(message = "membership.population.invalid")
        @Whole(min = 0, max = 10_000_000_000L, message = "membership.population.invalid")
        Number population,
    Set<GeoGroup> groups) {
  /** The change checked field by field and as a whole, the reason trimmed. */
  public MembershipChange checked() {
    MembershipChange change =
        RequestCheck.check(
            new MembershipChange(
                version,
                status,
                suspended,
                suspensionReason == null || suspensionReason.isBlank()
                    ? null
                    : suspensionReason.strip(),
                population,
                groups == null ? null : Set.copyOf(groups)));
    if (change.suspended && change.suspensionReason == null) {
      throw org.ipu.assembly.platform.AssemblyException.invalid(
          "membership.suspension-reason.required");
    }
    return change;
  }

  public long persons() {
    return population.longValue();
  }
}
