package org.ipu.assembly.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ipu.assembly.accreditation.control.BadgeHolders;
import org.ipu.assembly.accreditation.entity.Badge;
import org.ipu.assembly.accreditation.entity.CheckIn;
import org.ipu.assembly.accreditation.rules.BadgeToken;
import org.ipu.assembly.accreditation.rules.CheckInKind;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.roster.entity.AssemblySession;

/**
 * The accreditation's demo data: every badge holder of the approved delegations has a badge printed
 * two days ago, and two in three arrived (checked in at the main desk this morning, and as
 * attending that day), so that the desk, the badges page and the statistics show data at once.
 */
@Dependent
public class AccreditationSeeder implements DemoSeeder {

  @PersistenceContext private EntityManager em;
  @Inject private BadgeHolders holders;
  @Inject private Clock clock;

  @Override
  public int order() {
    return 500;
  }

  @Override
  public void seed() {
    AssemblySession session =
        em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class).getSingleResult();
    em.flush();
    LocalDateTime now = Timestamps.now(clock);
    List<Participant> people = holders.all(session.getId());
    for (int i = 0; i < people.size(); i++) {
      Participant participant = people.get(i);
      Badge badge = new Badge(participant, BadgeToken.random(), now.minusDays(2), "secretariat");
      em.persist(badge);
      if (i % 3 != 2) {
        LocalDateTime arrived = now.minusMinutes(30L + 7L * i);
        em.persist(
            new CheckIn(
                session.getId(),
                participant,
                CheckInKind.ARRIVAL,
                session.getOpensOn(),
                arrived,
                "Main desk",
                "secretariat",
                badge,
                null));
        em.persist(
            new CheckIn(
                session.getId(),
                participant,
                CheckInKind.DAY,
                arrived.atOffset(ZoneOffset.UTC).atZoneSameInstant(session.getZone()).toLocalDate(),
                arrived,
                "Main desk",
                "secretariat",
                badge,
                null));
      }
    }
  }
}
