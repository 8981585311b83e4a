package org.ipu.assembly.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.rules.Change;
import org.ipu.assembly.registration.rules.Composition;
import org.ipu.assembly.registration.rules.DelegationFacts;
import org.ipu.assembly.registration.rules.Finding;
import org.ipu.assembly.registration.rules.GenderSanction;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;

/**
 * Delegations as stored, and what the rules say of them: finds and locks a delegation, checks its
 * composition against the Assembly's settings and the Member's history of single-sex delegations,
 * and keeps the approved composition to compare with later.
 */
@Dependent
public class Delegations {

  @PersistenceContext private EntityManager em;
  @Inject private AssemblySettings settings;

  @Inject private Roster roster;
  @Inject private GenderHistory genderHistory;

  /** The current Assembly ({@code session.none} if there is none). */
  public AssemblySession session() {
    return roster.requireCurrentSession();
  }

  /** The parliament's delegation to the current Assembly ({@code registration.none} if none). */
  public Delegation current(long parliamentId) {
    return of(session(), parliamentId)
        .orElseThrow(() -> AssemblyException.notFound("registration.none", parliamentId));
  }

  /** Refuses with {@code registration.changed-meanwhile} unless {@code read} is the version. */
  public static void requireVersion(VersionedEntity entity, Long read) {
    if (read == null || read != entity.getVersion()) {
      throw AssemblyException.conflict("registration.changed-meanwhile");
    }
  }

  public Optional<Delegation> of(AssemblySession session, long parliamentId) {
    return em.createNamedQuery(Delegation.OF_PARLIAMENT, Delegation.class)
        .setParameter("session", session)
        .setParameter("parliament", parliamentId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Reads the delegation again, locking its row until the commit: changes to one delegation are
   * made one at a time, so its size limit holds under any concurrency, and a version compared after
   * this is the latest.
   */
  public Delegation lock(Delegation delegation) {
    em.refresh(delegation, LockModeType.PESSIMISTIC_WRITE);
    return delegation;
  }

  public List<Participant> participants(Delegation delegation) {
    return em.createNamedQuery(Participant.OF_DELEGATION, Participant.class)
        .setParameter("delegation", delegation)
        .getResultList();
  }

  public SettingValues settings(AssemblySession session) {
    return settings.values(session.getId());
  }

  /** The composition of the participants checked against the rules. */
  public Composition composition(Delegation delegation, List<Participant> participants) {
    return composition(delegation, participants, settings(delegation.getSession()));
  }

  /** The same, under the Assembly's settings already read. */
  public Composition composition(
      Delegation delegation, List<Participant> participants, SettingValues values) {
    return composition(facts(delegation, values), participants, values);
  }

  private static Composition composition(
      DelegationFacts facts, List<Participant> participants, SettingValues values) {
    return Composition.check(
        facts,
        participants.stream().map(Participant::facts).toList(),
        RegistrationSettings.limits(values));
  }

  /**
   * Refuses one more delegate (a member of parliament) when the delegation already has as many as
   * its limit allows, with the size-limit finding's code and values.
   */
  public void requireRoomForOneMoreDelegate(Delegation delegation, List<Participant> participants) {
    SettingValues values = settings(delegation.getSession());
    DelegationFacts facts = facts(delegation, values);
    Composition composition = composition(facts, participants, values);
    if (composition.full()) {
      Finding full =
          Composition.sizeLimit(facts, composition.delegateLimit(), composition.delegates() + 1);
      throw AssemblyException.conflict(full.code(), full.values().toArray());
    }
  }

  /** The delegation's parliament's membership of the delegation's Assembly. */
  public Optional<Membership> membership(Delegation delegation) {
    return em.createNamedQuery(Membership.OF_PARLIAMENT, Membership.class)
        .setParameter("session", delegation.getSession())
        .setParameter("parliament", delegation.getParliament().getId())
        .getResultStream()
        .findFirst();
  }

  /**
   * What the rules need of the delegation's parliament: its standing at the Assembly, and its
   * single-sex delegations in a row before it (from the accredited delegates of earlier Assemblies,
   * see {@link GenderHistory}), which also derive the gender sanction.
   */
  public DelegationFacts facts(Delegation delegation, SettingValues values) {
    Membership membership = membership(delegation).orElse(null);
    int sanctionAfter = values.get(Setting.DELEGATION_SANCTION_AFTER);
    GenderSanction history =
        genderHistory.of(
            delegation.getSession(), delegation.getParliament().getId(), sanctionAfter);
    return new DelegationFacts(
        membership != null && membership.getStatus() == MembershipStatus.OBSERVER,
        membership == null ? 0 : membership.getPopulation(),
        history.sanctioned() || (membership != null && membership.isGenderSanction()),
        history.singleSexInARow(),
        sanctionAfter);
  }

  /**
   * The participants as the Secretariat approves them, to compare with later (JSON); {@code
   * photos}: when each participant's badge photo was uploaded, by id ({@link
   * ParticipantPhotos#uploaded(Delegation)}).
   */
  public static String snapshot(List<Participant> participants, Map<Long, LocalDateTime> photos) {
    JsonObjectBuilder all = Json.createObjectBuilder();
    for (Participant participant : participants) {
      JsonObjectBuilder fields = Json.createObjectBuilder();
      comparable(participant, photos).forEach(fields::add);
      all.add(participant.getId().toString(), fields);
    }
    return all.build().toString();
  }

  /** The participant's fields to compare, with their photo's upload time as {@code photo}. */
  private static Map<String, String> comparable(
      Participant participant, Map<Long, LocalDateTime> photos) {
    Map<String, String> fields = participant.comparable();
    LocalDateTime photo = photos.get(participant.getId());
    if (photo != null) {
      fields.put("photo", photo.toString());
    }
    return fields;
  }

  /**
   * What changed since the Secretariat last approved the delegation (nothing if it never did),
   * badge photos included ({@code photos} as for {@link #snapshot}).
   */
  public static List<Change> changesSinceApproval(
      Delegation delegation, List<Participant> participants, Map<Long, LocalDateTime> photos) {
    if (delegation.getApprovedComposition() == null) {
      return List.of();
    }
    Map<Long, Map<String, String>> before = new LinkedHashMap<>();
    JsonObject stored =
        Json.createReader(new StringReader(delegation.getApprovedComposition())).readObject();
    stored.forEach(
        (id, fields) -> {
          Map<String, String> values = new LinkedHashMap<>();
          fields.asJsonObject().forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
          before.put(Long.valueOf(id), values);
        });
    Map<Long, Map<String, String>> after = new LinkedHashMap<>();
    participants.forEach(p -> after.put(p.getId(), comparable(p, photos)));
    return Change.between(before, after);
  }
}
