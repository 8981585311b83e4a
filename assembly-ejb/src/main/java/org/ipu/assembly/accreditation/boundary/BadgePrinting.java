package org.ipu.assembly.accreditation.boundary;

import static org.ipu.assembly.platform.Roles.DELEGATE;
import static org.ipu.assembly.platform.Roles.FOCAL_POINT;
import static org.ipu.assembly.platform.Roles.OBSERVER;
import static org.ipu.assembly.platform.Roles.SECRETARIAT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ipu.assembly.accreditation.control.AccreditationAudit;
import org.ipu.assembly.accreditation.control.BadgeHolders;
import org.ipu.assembly.accreditation.entity.Badge;
import org.ipu.assembly.accreditation.rules.BadgeToken;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.ParliamentAccess;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.audit.AuditSubject;
import org.ipu.assembly.platform.audit.AuditTrail;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.roster.boundary.Roster;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * Badges for the current Assembly's accredited participants: the Secretariat prints any, a focal
 * point its own delegation's. Each badge printed gets a new token and revokes the one printed
 * before, in one transaction, audited on the delegation's chain; the caller renders the cards.
 */
@Stateless
@DeclareRoles({SECRETARIAT, FOCAL_POINT, DELEGATE, OBSERVER})
public class BadgePrinting {

  /** Photos are read this many at a time. */
  private static final int PHOTO_BATCH = 100;

  @PersistenceContext private EntityManager em;
  @Inject private BadgeHolders holders;
  @Inject private Roster roster;
  @Inject private ParliamentAccess access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** Prints the selected badges: new tokens, the earlier badges revoked; the cards to render. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public List<BadgeCard> print(BadgeSelection selection) {
    long session = session().getId();
    List<Participant> chosen = chosen(selection, session);
    Map<Long, List<Badge>> valid = validBadges(chosen);
    if (selection.participantId() == null && selection.unprintedOnly()) {
      chosen = chosen.stream().filter(p -> !valid.containsKey(p.getId())).toList();
    }
    LocalDateTime now = Timestamps.now(clock);
    String officer = context.getCallerPrincipal().getName();
    Map<Delegation, int[]> perDelegation = new LinkedHashMap<>();
    Map<Long, byte[]> photos = photos(chosen);
    List<BadgeCard> cards = new ArrayList<>(chosen.size());
    for (Participant p : chosen) {
      int[] counts = perDelegation.computeIfAbsent(p.getDelegation(), d -> new int[2]);
      for (Badge earlier : valid.getOrDefault(p.getId(), List.of())) {
        earlier.revoke(now);
        counts[1]++;
      }
      Badge badge = new Badge(p, BadgeToken.random(), now, officer);
      em.persist(badge);
      counts[0]++;
      cards.add(
          new BadgeCard(
              p.getId(),
              p.details().title(),
              p.getGivenNames(),
              p.getFamilyName(),
              p.getDelegation().getParliament(),
              p.getCategory(),
              p.isHead(),
              photos.get(p.getId()),
              badge.getToken()));
    }
    perDelegation.forEach(
        (delegation, counts) ->
            audit.append(
                AuditSubject.of("delegation", delegation.getId()),
                AccreditationAudit.BADGES_PRINTED,
                new AccreditationAudit.BadgesPrinted(counts[0], counts[1])));
    return cards;
  }

  /** Every delegation with badge holders: how many, printed, arrived (Secretariat). */
  @RolesAllowed(SECRETARIAT)
  public List<DelegationBadges> overview() {
    long session = session().getId();
    Map<Long, Long> printed =
        countPerParliament(
            "SELECT b.participant.delegation.parliament.id, COUNT(b) FROM Badge b"
                + " WHERE b.revokedAt IS NULL AND b.participant.delegation.session.id = :session"
                + " GROUP BY b.participant.delegation.parliament.id",
            session);
    Map<Long, Long> arrived =
        countPerParliament(
            "SELECT c.participant.delegation.parliament.id, COUNT(c) FROM CheckIn c"
                + " WHERE c.sessionId = :session AND c.kind ="
                + " org.ipu.assembly.accreditation.rules.CheckInKind.ARRIVAL"
                + " GROUP BY c.participant.delegation.parliament.id",
            session);
    Map<Long, List<Participant>> byParliament = new LinkedHashMap<>();
    for (Participant p : holders.all(session)) {
      byParliament
          .computeIfAbsent(p.getDelegation().getParliament().getId(), id -> new ArrayList<>())
          .add(p);
    }
    return byParliament.entrySet().stream()
        .map(
            e ->
                new DelegationBadges(
                    e.getValue().get(0).getDelegation().getParliament(),
                    e.getValue().size(),
                    printed.getOrDefault(e.getKey(), 0L).intValue(),
                    arrived.getOrDefault(e.getKey(), 0L).intValue()))
        .toList();
  }

  /** One delegation's badge holders, with their badges and arrival. */
  @RolesAllowed({SECRETARIAT, FOCAL_POINT})
  public List<BadgeHolder> holders(long parliamentId) {
    access.requireMayActFor(parliamentId);
    long session = session().getId();
    List<Participant> people = holders.ofParliament(session, parliamentId);
    if (people.isEmpty()) {
      return List.of();
    }
    Map<Long, LocalDateTime> printedAt = new HashMap<>();
    validBadges(people).forEach((id, badges) -> printedAt.put(id, badges.get(0).getPrintedAt()));
    Map<Long, LocalDateTime> arrivedAt = new HashMap<>();
    em.createQuery(
            "SELECT c.participant.id, c.at FROM CheckIn c WHERE c.participant IN :people"
                + " AND c.kind = org.ipu.assembly.accreditation.rules.CheckInKind.ARRIVAL",
            Object[].class)
        .setParameter("people", people)
        .getResultList()
        .forEach(row -> arrivedAt.put((Long) row[0], (LocalDateTime) row[1]));
    return people.stream()
        .map(
            p ->
                new BadgeHolder(
                    p.getId(),
                    p.getGivenNames(),
                    p.getFamilyName(),
                    p.getCategory(),
                    p.isHead(),
                    printedAt.get(p.getId()),
                    arrivedAt.get(p.getId())))
        .toList();
  }

  private Map<Long, Long> countPerParliament(String jpql, long session) {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("session", session)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  private List<Participant> chosen(BadgeSelection selection, long session) {
    if (selection.participantId() != null) {
      Participant one =
          holders
              .one(session, selection.participantId())
              .orElseThrow(
                  () ->
                      AssemblyException.notFound(
                          "badge.not-accredited", selection.participantId()));
      access.requireMayActFor(one.getDelegation().getParliament().getId());
      return List.of(one);
    }
    if (selection.parliamentId() != null) {
      access.requireMayActFor(selection.parliamentId());
      return holders.ofParliament(session, selection.parliamentId());
    }
    if (!context.isCallerInRole(SECRETARIAT)) {
      throw AssemblyException.forbidden("badge.own-delegation-only");
    }
    return holders.all(session);
  }

  private Map<Long, List<Badge>> validBadges(List<Participant> participants) {
    Map<Long, List<Badge>> valid = new HashMap<>();
    for (List<Participant> part : batches(participants)) {
      em.createNamedQuery(Badge.VALID_OF, Badge.class)
          .setParameter("participants", part)
          .getResultList()
          .forEach(
              b ->
                  valid.computeIfAbsent(b.getParticipant().getId(), k -> new ArrayList<>()).add(b));
    }
    return valid;
  }

  private Map<Long, byte[]> photos(List<Participant> participants) {
    Map<Long, byte[]> photos = new HashMap<>();
    for (List<Participant> part : batches(participants)) {
      Set<Long> ids = part.stream().map(Participant::getId).collect(Collectors.toSet());
      em.createQuery(
              "SELECT ph.participantId, ph.jpeg FROM ParticipantPhoto ph"
                  + " WHERE ph.participantId IN :ids",
              Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> photos.put((Long) row[0], (byte[]) row[1]));
    }
    return photos;
  }

  private static List<List<Participant>> batches(List<Participant> participants) {
    List<List<Participant>> batches = new ArrayList<>();
    for (int i = 0; i < participants.size(); i += PHOTO_BATCH) {
      batches.add(participants.subList(i, Math.min(participants.size(), i + PHOTO_BATCH)));
    }
    return batches;
  }

  private AssemblySession session() {
    return roster.requireCurrentSession();
  }
}
