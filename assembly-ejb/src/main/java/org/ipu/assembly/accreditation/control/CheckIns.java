package org.ipu.assembly.accreditation.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipu.assembly.accreditation.entity.Badge;
import org.ipu.assembly.accreditation.entity.CheckIn;
import org.ipu.assembly.accreditation.rules.BadgeToken;
import org.ipu.assembly.accreditation.rules.CheckInKind;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.platform.PlainText;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.voting.boundary.Presence;

/**
 * Check-in at the desks of an Assembly: a scan by code or a choice by name records a check-in once
 * per participant, kind and day; a second scan records nothing and says when the first was; a scan
 * replayed with the same desk id is recorded once. An entry to the plenary hall asks for an
 * accredited delegate's plenary presence. Every recorded check-in moves the statistics.
 */
@Stateless
public class CheckIns {

  /** At most this many people answer a search by name. */
  public static final int SEARCH_LIMIT = 20;

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final int MAX_PLACE = 100;

  /** A replayed scan may be this old: a desk offline for longer has lost its scans' times. */
  private static final long MAX_REPLAY_DAYS = 2;

  @PersistenceContext private EntityManager em;
  @Inject private BadgeHolders holders;
  @Inject private Presence presence;
  @Inject private Event<StatisticsChanged> changes;
  @Inject private Clock clock;

  /** Checks a participant in at the Assembly, by code or by name, as the officer. */
  public CheckInAnswer scan(
      DeskScan scan, AssemblySession session, String officer, Locale language) {
    check(scan);
    String zone = session.getZone().getId();
    if (scan.clientId() != null) {
      Optional<CheckIn> replayed =
          em.createNamedQuery(CheckIn.OF_CLIENT, CheckIn.class)
              .setParameter("client", scan.clientId())
              .getResultStream()
              .findFirst();
      if (replayed.isPresent()) {
        CheckIn earlier = replayed.get();
        return answer(
            CheckInAnswer.Outcome.CHECKED_IN,
            earlier.getKind(),
            earlier.getParticipant(),
            earlier,
            null,
            false,
            scan.clientId(),
            session,
            language);
      }
    }
    Participant participant;
    Badge badge = null;
    if (scan.code() != null) {
      badge = badge(scan.code().strip()).orElse(null);
      if (badge == null
          || badge.getParticipant().getDelegation().getSession().getId() != session.getId()) {
        return new CheckInAnswer(
            CheckInAnswer.Outcome.UNKNOWN,
            scan.kind(),
            null,
            null,
            null,
            false,
            scan.clientId(),
            zone);
      }
      participant = badge.getParticipant();
      if (badge.getRevokedAt().isPresent()) {
        return new CheckInAnswer(
            CheckInAnswer.Outcome.REVOKED,
            scan.kind(),
            person(participant, language),
            null,
            instant(badge.getRevokedAt().get()),
            false,
            scan.clientId(),
            zone);
      }
      if (holders.one(session.getId(), participant.getId()).isEmpty()) {
        throw AssemblyException.conflict("check-in.not-accredited");
      }
    } else {
      participant =
          holders
              .one(session.getId(), scan.participantId())
              .orElseThrow(() -> AssemblyException.notFound("check-in.not-accredited"));
    }
    LocalDateTime at = when(scan);
    LocalDate today =
        at.atOffset(ZoneOffset.UTC).atZoneSameInstant(session.getZone()).toLocalDate();
    LocalDate day = scan.kind().countsFor(today, session.getOpensOn());
    Optional<CheckIn> already =
        em.createNamedQuery(CheckIn.FIND, CheckIn.class)
            .setParameter("participant", participant)
            .setParameter("kind", scan.kind())
            .setParameter("day", day)
            .getResultStream()
            .findFirst();
    if (already.isPresent()) {
      return answer(
          CheckInAnswer.Outcome.ALREADY,
          scan.kind(),
          participant,
          already.get(),
          null,
          false,
          scan.clientId(),
          session,
          language);
    }
    CheckIn checkIn =
        new CheckIn(
            session.getId(),
            participant,
            scan.kind(),
            day,
            at,
            scan.place().strip(),
            officer,
            badge,
            scan.clientId());
    em.persist(checkIn);
    boolean presenceRequested = false;
    if (scan.kind() == CheckInKind.PLENARY
        && participant.getAccredited().isPresent()
        && participant.getAccount() != null) {
      presenceRequested = presence.enteredHall(participant.getAccount().getId());
    }
    changes.fire(new StatisticsChanged(session.getId()));
    return answer(
        CheckInAnswer.Outcome.CHECKED_IN,
        scan.kind(),
        participant,
        checkIn,
        null,
        presenceRequested,
        scan.clientId(),
        session,
        language);
  }

  /** Badge holders whose names start with the text, for a desk searching by name. */
  public List<DeskPerson> search(AssemblySession session, String text, Locale language) {
    String typed = text == null ? "" : text.strip();
    if (typed.length() < 2 || typed.length() > 100 || !PlainText.isPlain(typed)) {
      throw AssemblyException.invalid("check-in.search");
    }
    Set<Long> photos = withPhoto(session);
    return holders.named(session.getId(), typed, SEARCH_LIMIT).stream()
        .map(p -> person(p, language, photos.contains(p.getId())))
        .toList();
  }

  /** What a desk keeps to go on working offline. */
  public DeskRoster roster(AssemblySession session, Locale language) {
    ZoneId zone = session.getZone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    Set<Long> photos = withPhoto(session);
    List<DeskPerson> people =
        holders.all(session.getId()).stream()
            .map(p -> person(p, language, photos.contains(p.getId())))
            .toList();
    List<DeskRoster.Code> codes =
        em
            .createQuery(
                "SELECT b.token, b.participant.id, b.revokedAt FROM Badge b"
                    + " WHERE b.participant.delegation.session.id = :session",
                Object[].class)
            .setParameter("session", session.getId())
            .getResultList()
            .stream()
            .map(
                row ->
                    new DeskRoster.Code(
                        (String) row[0], (Long) row[1], instant((LocalDateTime) row[2])))
            .toList();
    List<DeskRoster.Done> done =
        em
            .createQuery(
                "SELECT c.participant.id, c.kind, c.day, c.at FROM CheckIn c"
                    + " WHERE c.sessionId = :session AND (c.kind = :arrival OR c.day = :today)",
                Object[].class)
            .setParameter("session", session.getId())
            .setParameter("arrival", CheckInKind.ARRIVAL)
            .setParameter("today", today)
            .getResultList()
            .stream()
            .map(
                row ->
                    new DeskRoster.Done(
                        (Long) row[0],
                        (CheckInKind) row[1],
                        (LocalDate) row[2],
                        instant((LocalDateTime) row[3])))
            .toList();
    return new DeskRoster(
        clock.instant(), zone.getId(), today, session.getOpensOn(), people, codes, done);
  }

  private void check(DeskScan scan) {
    if (scan == null || scan.kind() == null) {
      throw AssemblyException.invalid("check-in.kind");
    }
    if ((scan.code() == null) == (scan.participantId() == null)) {
      throw AssemblyException.invalid("check-in.code-or-participant");
    }
    if (scan.code() != null && (scan.code().length() > 200 || !PlainText.isPlain(scan.code()))) {
      throw AssemblyException.invalid("check-in.code-or-participant");
    }
    String place = scan.place() == null ? "" : scan.place().strip();
    if (place.isEmpty() || place.length() > MAX_PLACE || !PlainText.isPlain(place)) {
      throw AssemblyException.invalid("check-in.place");
    }
    if (scan.clientId() != null && !CLIENT_ID.matcher(scan.clientId()).matches()) {
      throw AssemblyException.invalid("check-in.client-id");
    }
  }

  /**
   * When the scan happened: now, or a queued scan's own time (now if the desk's clock runs ahead).
   */
  private LocalDateTime when(DeskScan scan) {
    LocalDateTime now = Timestamps.now(clock);
    Instant scanned = scan.scannedAt();
    if (scanned == null || scanned.isAfter(clock.instant())) {
      return now;
    }
    if (scanned.isBefore(clock.instant().minus(Duration.ofDays(MAX_REPLAY_DAYS)))) {
      throw AssemblyException.invalid("check-in.scanned-at");
    }
    return LocalDateTime.ofInstant(scanned, ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  private Optional<Badge> badge(String code) {
    if (!BadgeToken.isWellFormed(code)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Badge.OF_TOKEN, Badge.class)
        .setParameter("token", code)
        .getResultStream()
        .findFirst();
  }

  private CheckInAnswer answer(
      CheckInAnswer.Outcome outcome,
      CheckInKind kind,
      Participant participant,
      CheckIn checkIn,
      Instant revokedAt,
      boolean presenceRequested,
      String clientId,
      AssemblySession session,
      Locale language) {
    return new CheckInAnswer(
        outcome,
        kind,
        person(participant, language),
        instant(checkIn.getAt()),
        revokedAt,
        presenceRequested,
        clientId,
        session.getZone().getId());
  }

  private DeskPerson person(Participant p, Locale language) {
    boolean photo =
        !em.createQuery(
                "SELECT ph.participantId FROM ParticipantPhoto ph WHERE ph.participantId = :id",
                Long.class)
            .setParameter("id", p.getId())
            .getResultList()
            .isEmpty();
    return person(p, language, photo);
  }

  private static DeskPerson person(Participant p, Locale language, boolean photo) {
    var parliament = p.getDelegation().getParliament();
    return new DeskPerson(
        p.getId(),
        p.details().title(),
        p.getGivenNames(),
        p.getFamilyName(),
        parliament.getCountryCode(),
        parliament.name(language),
        p.getCategory(),
        p.isHead(),
        photo);
  }

  private Set<Long> withPhoto(AssemblySession session) {
    return new HashSet<>(
        em.createQuery(
                "SELECT ph.participantId FROM ParticipantPhoto ph"
                    + " WHERE ph.participantId IN (SELECT p.id FROM Participant p"
                    + " WHERE p.delegation.session.id = :session)",
                Long.class)
            .setParameter("session", session.getId())
            .getResultList());
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
