package org.ipu.assembly.accreditation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.accreditation.rules.ListedDelegation;
import org.ipu.assembly.accreditation.rules.ListedParticipant;
import org.ipu.assembly.accreditation.rules.ParticipantListOrder;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.RegistrationState;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * The participants of an Assembly's approved delegations: the Assembly (the current one or one
 * named), the list of participants for an audience, and one participant as the visa letters need
 * them.
 */
@Dependent
public class ApprovedParticipants {

  @PersistenceContext private EntityManager em;
  @Inject private Roster roster;

  /**
   * The Assembly with this id, or the current one when {@code assemblyId} is null ({@code
   * assembly.not-found} / {@code session.none} otherwise).
   */
  public AssemblySession assembly(Long assemblyId) {
    if (assemblyId == null) {
      return roster.requireCurrentSession();
    }
    return Optional.ofNullable(em.find(AssemblySession.class, assemblyId))
        .orElseThrow(() -> AssemblyException.notFound("assembly.not-found", assemblyId));
  }

  /**
   * The list of participants of the Assembly's approved delegations whose consent covers the
   * audience, in the list's order for {@code language} (delegations named in it).
   */
  public List<ListedDelegation> list(
      AssemblySession assembly, ListConsent audience, Locale language) {
    List<ListConsent> consents =
        Arrays.stream(ListConsent.values())
            .filter(c -> ParticipantListOrder.listed(c, audience))
            .toList();
    if (consents.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT par, p.title, p.givenNames, p.familyName, p.category, p.head"
                    + " FROM Participant p JOIN p.delegation d JOIN d.parliament par"
                    + " WHERE d.session = :session AND d.state = :approved"
                    + " AND p.listConsent IN :consents",
                Object[].class)
            .setParameter("session", assembly)
            .setParameter("approved", RegistrationState.APPROVED)
            .setParameter("consents", consents)
            .getResultList();
    Map<Parliament, List<ListedParticipant>> byParliament = new LinkedHashMap<>();
    for (Object[] row : rows) {
      byParliament
          .computeIfAbsent((Parliament) row[0], p -> new ArrayList<>())
          .add(
              new ListedParticipant(
                  (String) row[1],
                  (String) row[2],
                  (String) row[3],
                  (ParticipantCategory) row[4],
                  (Boolean) row[5]));
    }
    List<ListedDelegation> delegations =
        byParliament.entrySet().stream()
            .map(
                e ->
                    new ListedDelegation(
                        e.getKey().name(language), e.getKey().getCountryCode(), e.getValue()))
            .toList();
    return ParticipantListOrder.delegations(delegations, language);
  }

  /**
   * Every participant of the current Assembly's approved delegations who asked for a visa-support
   * letter, by delegation.
   */
  public List<Participant> visaRequests(AssemblySession assembly) {
    return em.createQuery(
            "SELECT p FROM Participant p JOIN FETCH p.delegation d JOIN FETCH d.parliament"
                + " WHERE d.session = :session AND d.state = :approved AND p.visaLetter = TRUE"
                + " ORDER BY d.parliament.id, p.familyName, p.givenNames, p.id",
            Participant.class)
        .setParameter("session", assembly)
        .setParameter("approved", RegistrationState.APPROVED)
        .getResultList();
  }

  /** The participant ({@code participant.not-found} if there is none). */
  public Participant participant(long participantId) {
    return Optional.ofNullable(em.find(Participant.class, participantId))
        .orElseThrow(() -> AssemblyException.notFound("participant.not-found", participantId));
  }

  /**
   * Refuses with {@code visa-letter.not-found} unless the participant belongs to an approved
   * delegation of the current Assembly and asked for a visa-support letter.
   */
  public Participant requireVisaRequest(Participant participant) {
    AssemblySession current = assembly(null);
    if (!participant.isVisaLetter()
        || participant.getDelegation().getState() != RegistrationState.APPROVED
        || !participant.getDelegation().getSession().getId().equals(current.getId())) {
      throw AssemblyException.notFound("visa-letter.not-found", participant.getId());
    }
    return participant;
  }
}
