package org.ipu.assembly.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.Timestamps;
import org.ipu.assembly.platform.settings.entity.StoredSettings;
import org.ipu.assembly.platform.settings.rules.Setting;
import org.ipu.assembly.platform.settings.rules.SettingValues;
import org.ipu.assembly.registration.control.Delegations;
import org.ipu.assembly.registration.entity.Delegation;
import org.ipu.assembly.registration.entity.Participant;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;

/**
 * The registration's demo data: the window open from a month before today, and delegations in every
 * state. France's was approved and its focal point ({@code focal.fr}) has since added a member of
 * parliament: a change still to submit, while the delegates approved before ({@code delegate.fr},
 * the head, and {@code delegate.fr2}) stay accredited for the plenary; Kenya's, approved too, was
 * changed and submitted again and waits in the Secretariat's queue with what changed; Japan's,
 * submitted, is single-sex (a warning); Germany's was returned with a comment; Brazil's is approved
 * ({@code delegate.br} heads it): its participants gave each of the three consents to the list of
 * participants, and two asked for a visa-support letter, the head's signed off already; ten more,
 * across the geopolitical groups, are approved too; Spain's draft has one delegate more than its
 * limit.
 */
@Dependent
public class RegistrationSeeder implements DemoSeeder {

  private static final String[][] NAMES = {
    {"Martin", "Claire"}, {"Durand", "Paul"}, {"Odhiambo", "Grace"}, {"Mwangi", "Peter"},
    {"Wanjiru", "Faith"}, {"Kiprono", "David"}, {"Sato", "Hiroshi"}, {"Tanaka", "Kenji"},
    {"Schmidt", "Anna"}, {"Weber", "Lukas"}, {"Silva", "Ana"}, {"Santos", "João"},
    {"Costa", "Maria"}, {"García", "Lucía"}, {"López", "Javier"}, {"Pérez", "Carmen"},
  };

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  private int next;

  @Override
  public int order() {
    return 400;
  }

  @Override
  public void seed() {
    AssemblySession session =
        em.createNamedQuery(AssemblySession.CURRENT, AssemblySession.class).getSingleResult();
    openTheWindowFromAMonthAgo(session);
    LocalDateTime now = Timestamps.now(clock);

    Delegation france = delegation(session, "FR", now);
    signsInAs(
        "delegate.fr", add(france, Gender.FEMALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, true));
    signsInAs(
        "delegate.fr2", add(france, Gender.MALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, false));
    add(france, Gender.FEMALE, ParticipantCategory.ADVISER, false);
    approve(france, now.minusDays(10), now.minusDays(8));
    add(france, Gender.FEMALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, false);
    france.changed(now.minusDays(1));

    Delegation kenya = delegation(session, "KE", now);
    signsInAs(
        "delegate.ke", add(kenya, Gender.FEMALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, true));
    add(kenya, Gender.MALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, false);
    add(kenya, Gender.FEMALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, false);
    approve(kenya, now.minusDays(9), now.minusDays(7));
    add(kenya, Gender.MALE, ParticipantCategory.DELEGATION_SECRETARY, false);
    kenya.changed(now.minusDays(4));
    kenya.submit(now.minusDays(3));

    Delegation japan = delegation(session, "JP", now);
    add(japan, Gender.MALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, true);
    add(japan, Gender.MALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, false);
    japan.submit(now.minusDays(1));

    Delegation germany = delegation(session, "DE", now);
    add(germany, Gender.FEMALE, ParticipantCategory.MEMBER_OF_PARLIAMENT, true);
    add(germany, Gender.MALE, ParticipantCategory.ACCOMPANYING_PERSON, false);
    germany.submit(now.minusDays(5));
    germany.returnWith(
        "Please give the family names exactly as in the passports.", "secretariat", now);

    Delegation brazil = delegation(session, "BR", now);
    Participant brazilsHead =
        add(
            brazil,
            Gender.FEMALE,
            ParticipantCategory.MEMBER_OF_PARLIAMENT,
            true,
            ListConsent.PUBLIC,
            true);
    signsInAs("delegate.br", brazilsHead);
    add(
        brazil,
        Gender.MALE,
        ParticipantCategory.MEMBER_OF_PARLIAMENT,
        false,
        ListConsent.PARTICIPANTS,
        true);
    add(
        brazil,
        Gender.FEMALE,
        ParticipantCategory.MEMBER_OF_PARLIAMENT,
        false,
        ListConsent.NOBODY,
        false);
    add(brazil, Gender.MALE, ParticipantCategory.ADVISER, false, ListConsent.PUBLIC, false);
    approve(brazil, now.minusDays(10), now.minusDays(8));
    brazilsHead.signVisaLetter("secretariat", now.minusDays(7));

    approvedAcrossTheGroups(session, now);

    Delegation spain = delegation(session, "ES", now);
    for (int i = 0; i < 9; i++) {
      add(
          spain,
          i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
          ParticipantCategory.MEMBER_OF_PARLIAMENT,
          i == 0);
    }
  }

  /**
   * More approved delegations, from every geopolitical group, so that the badges, the desk and the
   * statistics have people to show: two to five participants each, one in three delegations of
   * members of parliament of one sex.
   */
  private void approvedAcrossTheGroups(AssemblySession session, LocalDateTime now) {
    String[] countries = {"MX", "IN", "ZA", "SE", "NG", "AR", "CA", "EG", "ID", "NZ"};
    ParticipantCategory[] others = {
      ParticipantCategory.ADVISER,
      ParticipantCategory.DELEGATION_SECRETARY,
      ParticipantCategory.ACCOMPANYING_PERSON
    };
    for (int c = 0; c < countries.length; c++) {
      Delegation delegation = delegation(session, countries[c], now);
      int members = 2 + c % 3;
      for (int m = 0; m < members; m++) {
        Gender gender = c % 3 == 0 || (m + c) % 2 == 0 ? Gender.FEMALE : Gender.MALE;
        add(delegation, gender, ParticipantCategory.MEMBER_OF_PARLIAMENT, m == 0);
      }
      if (c % 2 == 0) {
        add(delegation, c % 4 == 0 ? Gender.MALE : Gender.FEMALE, others[c % 3], false);
      }
      approve(delegation, now.minusDays(9), now.minusDays(6));
    }
  }

  /** Registration opens (at least) a month before today, so that focal points can register now. */
  private void openTheWindowFromAMonthAgo(AssemblySession session) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    long days =
        Math.min(730, Math.max(90, ChronoUnit.DAYS.between(today, session.getOpensOn()) + 30));
    StoredSettings settings = new StoredSettings(session.getId());
    settings.change(
        SettingValues.defaults().with(Map.of(Setting.REGISTRATION_OPENS.key(), days)).encode(),
        "demo",
        Timestamps.now(clock));
    em.persist(settings);
  }

  private Delegation delegation(AssemblySession session, String countryCode, LocalDateTime now) {
    Parliament parliament =
        em.createQuery("SELECT p FROM Parliament p WHERE p.countryCode = :code", Parliament.class)
            .setParameter("code", countryCode)
            .getSingleResult();
    Delegation delegation = new Delegation(session, parliament, now.minusDays(12));
    em.persist(delegation);
    return delegation;
  }

  /** Submitted, then approved by the Secretariat: its members of parliament are accredited. */
  private void approve(Delegation delegation, LocalDateTime submitted, LocalDateTime approved) {
    delegation.submit(submitted);
    em.flush();
    List<Participant> participants = participants(delegation);
    participants.forEach(Participant::accredit);
    delegation.approve("secretariat", approved, Delegations.snapshot(participants, Map.of()));
  }

  /** The participant was invited and signs in with the demo account. */
  private void signsInAs(String username, Participant participant) {
    participant.linkTo(
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", username)
            .getSingleResult());
  }

  /** A participant; their consent to the list goes round the three levels. */
  private Participant add(
      Delegation delegation, Gender gender, ParticipantCategory category, boolean head) {
    return add(
        delegation,
        gender,
        category,
        head,
        ListConsent.values()[(next + 2) % ListConsent.values().length],
        false);
  }

  private Participant add(
      Delegation delegation,
      Gender gender,
      ParticipantCategory category,
      boolean head,
      ListConsent consent,
      boolean visaLetter) {
    String[] name = NAMES[next++ % NAMES.length];
    boolean delegate = category.isDelegate();
    Participant participant =
        new Participant(
            delegation,
            new ParticipantDetails(
                name[0],
                name[1],
                delegate ? "Hon." : null,
                gender,
                LocalDate.of(1960 + next * 2, 1 + next % 12, 1 + next % 28),
                category,
                head,
                delegate ? List.of(Committee.values()[next % 4]) : List.of(),
                List.of(),
                name[1].toLowerCase(java.util.Locale.ROOT) + "." + next + "@parliament.example",
                "+41 22 919 41 " + (10 + next),
                "en",
                delegation.getSession().getOpensOn().minusDays(1),
                delegation.getSession().getClosesOn().plusDays(1),
                null,
                visaLetter,
                consent.name(),
                null));
    em.persist(participant);
    return participant;
  }

  private List<Participant> participants(Delegation delegation) {
    return new ArrayList<>(
        em.createNamedQuery(Participant.OF_DELEGATION, Participant.class)
            .setParameter("delegation", delegation)
            .getResultList());
  }
}
