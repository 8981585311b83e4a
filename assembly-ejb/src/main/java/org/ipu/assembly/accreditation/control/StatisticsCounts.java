package org.ipu.assembly.accreditation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ipu.assembly.accreditation.control.AssemblyFigures.CategoryFigures;
import org.ipu.assembly.accreditation.control.AssemblyFigures.DayFigures;
import org.ipu.assembly.accreditation.control.AssemblyFigures.GroupFigures;
import org.ipu.assembly.accreditation.control.AssemblyFigures.Headcount;
import org.ipu.assembly.accreditation.control.AssemblyFigures.Shares;
import org.ipu.assembly.accreditation.rules.Share;
import org.ipu.assembly.platform.settings.boundary.AssemblySettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.YoungParliamentarian;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.GeoGroup;

/**
 * Counts an Assembly's statistics in the database: a handful of grouped queries whose answers are
 * counts, however many participants there are (nobody is loaded). See {@link AssemblyFigures} for
 * what each figure counts.
 */
@Dependent
public class StatisticsCounts {

  /**
   * Whether participant {@code p} of delegation {@code d} is registered, as the badge holders are:
   * in a delegation the Secretariat approved or, while a change to it waits for approval, a member
   * of parliament as last approved (accredited).
   */
  private static final String IS_REGISTERED = "(d.state = 'APPROVED' OR p.accredited IS NOT NULL)";

  /** The registered participants of the Assembly ({@code p}, {@code d}). */
  private static final String REGISTERED =
      " FROM participant p JOIN delegation d ON d.id = p.delegation_id"
          + " WHERE d.session_id = ?1 AND "
          + IS_REGISTERED;

  /** Whether delegation {@code d} has registered participants. */
  private static final String DELEGATION_REGISTERED =
      "(d.state = 'APPROVED' OR EXISTS (SELECT 1 FROM participant p"
          + " WHERE p.delegation_id = d.id AND p.accredited IS NOT NULL))";

  /** The Assembly's delegations with registered participants ({@code d}). */
  private static final String DELEGATIONS =
      " FROM delegation d WHERE d.session_id = ?1 AND " + DELEGATION_REGISTERED;

  /** Whether participant {@code p} checked in on arrival. */
  private static final String ARRIVED =
      "EXISTS (SELECT 1 FROM check_in c WHERE c.participant_id = p.id"
          + " AND c.session_id = d.session_id AND c.kind = 'ARRIVAL')";

  /** Whether a registered participant of delegation {@code d} checked in on arrival. */
  private static final String DELEGATION_ARRIVED =
      "EXISTS (SELECT 1 FROM check_in c JOIN participant p ON p.id = c.participant_id"
          + " WHERE p.delegation_id = d.id AND c.session_id = d.session_id"
          + " AND c.kind = 'ARRIVAL' AND "
          + IS_REGISTERED
          + ")";

  @PersistenceContext private EntityManager em;
  @Inject private AssemblySettings settings;

  /** The Assembly's figures now, if there is such an Assembly. */
  public Optional<AssemblyFigures> of(long sessionId) {
    return Optional.ofNullable(em.find(AssemblySession.class, sessionId)).map(this::of);
  }

  /** The Assembly's figures now. */
  public AssemblyFigures of(AssemblySession session) {
    long id = session.getId();
    int youngAge = settings.values(id).get(Setting.DELEGATION_YOUNG_AGE);
    LocalDate youngIfBornAfter =
        YoungParliamentarian.youngIfBornAfter(session.getOpensOn(), youngAge);

    long[] participants = new long[2];
    long[] mps = new long[2];
    long[] women = new long[2];
    long[] young = new long[2];
    Map<ParticipantCategory, long[]> categories = new EnumMap<>(ParticipantCategory.class);
    for (ParticipantCategory category : ParticipantCategory.values()) {
      categories.put(category, new long[2]);
    }
    for (Object[] row :
        rows(
            "SELECT p.category, p.gender,"
                + " CASE WHEN p.born_on > ?2 THEN 1 ELSE 0 END AS young,"
                + " CASE WHEN "
                + ARRIVED
                + " THEN 1 ELSE 0 END AS arrived, COUNT(*)"
                + REGISTERED
                + " GROUP BY p.category, p.gender, young, arrived",
            id,
            Date.valueOf(youngIfBornAfter))) {
      ParticipantCategory category = ParticipantCategory.valueOf((String) row[0]);
      boolean mp = category.isDelegate();
      boolean woman = Gender.FEMALE.name().equals(row[1]);
      boolean isYoung = number(row[2]) == 1;
      boolean arrived = number(row[3]) == 1;
      long count = number(row[4]);
      for (int basis = 0; basis <= (arrived ? 1 : 0); basis++) {
        participants[basis] += count;
        categories.get(category)[basis] += count;
        if (mp) {
          mps[basis] += count;
          women[basis] += woman ? count : 0;
          young[basis] += isYoung ? count : 0;
        }
      }
    }

    Object[] delegations =
        rows(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN "
                    + DELEGATION_ARRIVED
                    + " THEN 1 ELSE 0 END), 0)"
                    + DELEGATIONS,
                id)
            .get(0);

    long womenOnly = 0;
    long menOnly = 0;
    for (Object[] row :
        rows(
            "SELECT s.gender, COUNT(*) FROM (SELECT MIN(p.gender) AS gender"
                + REGISTERED
                + " AND p.category = 'MEMBER_OF_PARLIAMENT' GROUP BY d.id"
                + " HAVING COUNT(DISTINCT p.gender) = 1) s GROUP BY s.gender",
            id)) {
      if (Gender.FEMALE.name().equals(row[0])) {
        womenOnly = number(row[1]);
      } else {
        menOnly = number(row[1]);
      }
    }

    Map<GeoGroup, long[]> groups = new EnumMap<>(GeoGroup.class);
    for (GeoGroup group : GeoGroup.values()) {
      groups.put(group, new long[2]);
    }
    for (Object[] row :
        rows(
            "SELECT g.geo_group, COUNT(*), SUM(CASE WHEN "
                + DELEGATION_ARRIVED
                + " THEN 1 ELSE 0 END) FROM delegation d JOIN membership m"
                + " ON m.session_id = d.session_id AND m.parliament_id = d.parliament_id"
                + " JOIN membership_geo_group g ON g.membership_id = m.id"
                + " WHERE d.session_id = ?1 AND "
                + DELEGATION_REGISTERED
                + " GROUP BY g.geo_group",
            id)) {
      groups.put(GeoGroup.valueOf((String) row[0]), new long[] {number(row[1]), number(row[2])});
    }
    Object[] noGroup =
        rows(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN "
                    + DELEGATION_ARRIVED
                    + " THEN 1 ELSE 0 END), 0)"
                    + DELEGATIONS
                    + " AND NOT EXISTS (SELECT 1 FROM membership m JOIN membership_geo_group g"
                    + " ON g.membership_id = m.id"
                    + " WHERE m.session_id = d.session_id AND m.parliament_id = d.parliament_id)",
                id)
            .get(0);

    long registeredDelegations = number(delegations[0]);
    long arrivedDelegations = number(delegations[1]);
    return new AssemblyFigures(
        id,
        session.getNumber(),
        session.getOpensOn(),
        youngAge,
        headcount(participants),
        categories.entrySet().stream()
            .map(e -> new CategoryFigures(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList(),
        headcount(mps),
        headcount(women),
        new Shares(Share.percent(women[0], mps[0]), Share.percent(women[1], mps[1])),
        headcount(young),
        new Headcount(registeredDelegations, arrivedDelegations),
        registeredDelegations - arrivedDelegations,
        womenOnly,
        menOnly,
        groups.entrySet().stream()
            .map(e -> new GroupFigures(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList(),
        new Headcount(number(noGroup[0]), number(noGroup[1])),
        days(session));
  }

  /**
   * Arrivals by the day of their time at the venue, attendance and plenary entries by the day they
   * count for.
   */
  private List<DayFigures> days(AssemblySession session) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (Object[] row :
        rows(
            "SELECT c.day, c.kind, COUNT(*) FROM check_in c JOIN participant p"
                + " ON p.id = c.participant_id JOIN delegation d ON d.id = p.delegation_id"
                + " WHERE c.session_id = ?1 AND d.session_id = ?1 AND "
                + IS_REGISTERED
                + " AND c.kind IN ('DAY', 'PLENARY') GROUP BY c.day, c.kind",
            session.getId())) {
      long[] day = days.computeIfAbsent(localDate(row[0]), d -> new long[3]);
      day["DAY".equals(row[1]) ? 1 : 2] = number(row[2]);
    }
    arrivals(session).forEach((day, n) -> days.computeIfAbsent(day, d -> new long[3])[0] = n);
    return days.entrySet().stream()
        .map(e -> new DayFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }

  /**
   * Arrivals per day in the venue's time zone, daylight saving time included: the database keeps
   * UTC and knows no time zones, so the arrival times (one per arrived participant) are read and
   * each is put on its venue day here.
   */
  private Map<LocalDate, Long> arrivals(AssemblySession session) {
    Map<LocalDate, Long> perDay = new TreeMap<>();
    ZoneId zone = session.getZone();
    for (Object[] row :
        rows(
            "SELECT c.at FROM check_in c JOIN participant p ON p.id = c.participant_id"
                + " JOIN delegation d ON d.id = p.delegation_id WHERE c.session_id = ?1"
                + " AND d.session_id = ?1 AND "
                + IS_REGISTERED
                + " AND c.kind = 'ARRIVAL'",
            session.getId())) {
      perDay.merge(venueDay(row[0], zone), 1L, Long::sum);
    }
    return perDay;
  }

  private static LocalDate venueDay(Object utc, ZoneId zone) {
    LocalDateTime at =
        utc instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) utc;
    return at.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList().stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  private static Headcount headcount(long[] counts) {
    return new Headcount(counts[0], counts[1]);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
