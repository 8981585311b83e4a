package org.ipu.assembly.accreditation.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ipu.assembly.accreditation.control.ApprovedParticipants;
import org.ipu.assembly.accreditation.rules.ListedDelegation;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * The list of participants as the IPU publishes it after each Assembly: the participants of the
 * approved delegations, by delegation, each with title, name, category and whether they head it.
 * The public list (anyone, no sign-in) holds those who consented to the public; the participants'
 * list (anyone signed in) also those who consented to the participants only. Nobody else is in
 * either.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class ParticipantList {

  /**
   * A list of participants.
   *
   * @param audience {@link ListConsent#PUBLIC} or {@link ListConsent#PARTICIPANTS}
   * @param delegations in the list's order, named in its language
   */
  public record Listing(
      AssemblySession assembly, ListConsent audience, List<ListedDelegation> delegations) {

    public Listing {
      Objects.requireNonNull(assembly, "assembly");
      Objects.requireNonNull(audience, "audience");
      delegations = List.copyOf(delegations);
    }

    /** How many participants it lists. */
    public int participants() {
      return delegations.stream().mapToInt(d -> d.participants().size()).sum();
    }
  }

  @Inject private ApprovedParticipants approved;

  /**
   * The public list of the Assembly with this id (the current one if null), in {@code language}'s
   * order: only those who consented to the public.
   */
  @PermitAll
  public Listing published(Long assemblyId, Locale language) {
    return listing(assemblyId, ListConsent.PUBLIC, language);
  }

  /**
   * The participants' list of the Assembly with this id (the current one if null), for anyone
   * signed in: those who consented to the participants or to the public.
   */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
  public Listing forParticipants(Long assemblyId, Locale language) {
    return listing(assemblyId, ListConsent.PARTICIPANTS, language);
  }

  private Listing listing(Long assemblyId, ListConsent audience, Locale language) {
    AssemblySession assembly = approved.assembly(assemblyId);
    return new Listing(assembly, audience, approved.list(assembly, audience, language));
  }
}
