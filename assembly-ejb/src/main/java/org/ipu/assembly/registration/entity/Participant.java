package org.ipu.assembly.registration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ipu.assembly.accounts.entity.Account;
import org.ipu.assembly.platform.VersionedEntity;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.registration.rules.CommitteeSeat;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.ParticipantFacts;

/** A person registered in a delegation. Personal data: see the registration boundary. */
@Entity
@Table(name = "participant")
@NamedQuery(
    name = Participant.OF_ACCOUNT,
    query =
        "SELECT p FROM Participant p JOIN FETCH p.delegation d WHERE p.account = :account"
            + " ORDER BY d.session.opensOn DESC")
@NamedQuery(
    name = Participant.OF_DELEGATION,
    query =
        "SELECT p FROM Participant p WHERE p.delegation = :delegation"
            + " ORDER BY p.head DESC, p.category, p.familyName, p.givenNames, p.id")
@NamedQuery(
    name = Participant.ACCREDITED_ACCOUNT,
    query =
        "SELECT p FROM Participant p JOIN FETCH p.delegation d WHERE p.account.id = :account"
            + " AND d.session.id = :session AND p.accredited IS NOT NULL")
@NamedQuery(
    name = Participant.ACCREDITED_ACCOUNTS,
    query =
        "SELECT p FROM Participant p JOIN FETCH p.account JOIN FETCH p.delegation d"
            + " WHERE d.session.id = :session AND p.accredited IS NOT NULL")
public class Participant extends VersionedEntity {

  public static final String OF_DELEGATION = "Participant.ofDelegation";
  public static final String OF_ACCOUNT = "Participant.ofAccount";
  public static final String ACCREDITED_ACCOUNT = "Participant.accreditedAccount";
  public static final String ACCREDITED_ACCOUNTS = "Participant.accreditedAccounts";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "delegation_id")
  private Delegation delegation;

  /** The login account the person was invited to (null until then). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  /**
   * How the Secretariat's last approval of the delegation accredited the person for the plenary
   * (null: not accredited). A change after approval leaves it as approved until the next approval.
   */
  @Enumerated(EnumType.STRING)
  private Accreditation accredited;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "given_names")
  private String givenNames;

  private String title;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  @Column(name = "born_on")
  private LocalDate bornOn;

  @Enumerated(EnumType.STRING)
  private ParticipantCategory category;

  private boolean head;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "participant_committee",
      joinColumns = @JoinColumn(name = "participant_id"))
  @MapKeyColumn(name = "committee")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "seat")
  @Enumerated(EnumType.STRING)
  private Map<Committee, CommitteeSeat> committees = new EnumMap<>(Committee.class);

  private String email;
  private String phone;

  @Column(name = "working_language")
  private String workingLanguage;

  @Column(name = "arrives_on")
  private LocalDate arrivesOn;

  @Column(name = "departs_on")
  private LocalDate departsOn;

  @Column(name = "accessibility_needs")
  private String accessibilityNeeds;

  @Column(name = "visa_letter")
  private boolean visaLetter;

  @Column(name = "list_consent")
  @Enumerated(EnumType.STRING)
  private ListConsent listConsent = ListConsent.NOBODY;

  /** When the Secretariat signed off the visa-support letter the person asked for (null: not). */
  @Column(name = "visa_letter_signed_at")
  private LocalDateTime visaLetterSignedAt;

  /** Who signed it off (user name). */
  @Column(name = "visa_letter_signed_by")
  private String visaLetterSignedBy;

  protected Participant() {}

  /** A participant of the delegation, with details already checked. */
  public Participant(Delegation delegation, ParticipantDetails details) {
    this.delegation = Objects.requireNonNull(delegation, "delegation");
    change(details);
  }

  /** The same person registered again for another Assembly, with the same account. */
  public Participant copyTo(Delegation next) {
    Participant copy = new Participant(next, details().forNextAssembly());
    copy.account = account;
    return copy;
  }

  /** The person now signs in with this account (opened by invitation). */
  public void linkTo(Account invited) {
    if (account != null) {
      throw new IllegalStateException("already linked to an account");
    }
    account = Objects.requireNonNull(invited, "invited");
  }

  public Account getAccount() {
    return account;
  }

  /**
   * The Secretariat approved the delegation as it is now: a member of parliament is accredited as a
   * delegate (the head of delegation as its head), anyone else is not.
   */
  public void accredit() {
    accredited = !category.isDelegate() ? null : head ? Accreditation.HEAD : Accreditation.DELEGATE;
  }

  /** How the last approval accredited the person (empty: not accredited). */
  public Optional<Accreditation> getAccredited() {
    return Optional.ofNullable(accredited);
  }

  /** Takes the (checked) details. */
  public final void change(ParticipantDetails details) {
    title = details.title();
    gender = details.gender();
    bornOn = details.bornOn();
    category = details.category();
    head = details.head();
    committees = new EnumMap<>(Committee.class);
    details.committeeMember().forEach(c -> committees.put(c, CommitteeSeat.MEMBER));
    details.committeeSubstitute().forEach(c -> committees.put(c, CommitteeSeat.SUBSTITUTE));
    email = details.email();
    phone = details.phone();
    workingLanguage = details.workingLanguage();
    arrivesOn = details.arrivesOn();
    departsOn = details.departsOn();
    accessibilityNeeds = details.accessibilityNeeds();
    if (!details.visaLetter()
        || !Objects.equals(familyName, details.familyName())
        || !Objects.equals(givenNames, details.givenNames())) {
      // A letter signed off names the person as they were: a new name needs a new sign-off.
      visaLetterSignedAt = null;
      visaLetterSignedBy = null;
    }
    familyName = details.familyName();
    givenNames = details.givenNames();
    visaLetter = details.visaLetter();
    listConsent = details.consent();
  }

  /** The details as they are now, with this version: what a form starts from. */
  public ParticipantDetails details() {
    return new ParticipantDetails(
        familyName,
        givenNames,
        title,
        gender,
        bornOn,
        category,
        head,
        seats(CommitteeSeat.MEMBER),
        seats(CommitteeSeat.SUBSTITUTE),
        email,
        phone,
        workingLanguage,
        arrivesOn,
        departsOn,
        accessibilityNeeds,
        visaLetter,
        listConsent.name(),
        getVersion());
  }

  /** What the composition rules see. */
  public ParticipantFacts facts() {
    return new ParticipantFacts(category, gender, head);
  }

  /**
   * The fields the Secretariat compares with the approved delegation, by name ({@code name} names
   * the participant).
   */
  public Map<String, String> comparable() {
    ParticipantDetails details = details();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", givenNames + " " + familyName);
    for (var component : ParticipantDetails.class.getRecordComponents()) {
      if (!component.getName().equals("version")) {
        try {
          fields.put(component.getName(), String.valueOf(component.getAccessor().invoke(details)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return fields;
  }

  private List<Committee> seats(CommitteeSeat seat) {
    return committees.entrySet().stream()
        .filter(e -> e.getValue() == seat)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  public Delegation getDelegation() {
    return delegation;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public Gender getGender() {
    return gender;
  }

  public ParticipantCategory getCategory() {
    return category;
  }

  public boolean isHead() {
    return head;
  }

  public String getEmail() {
    return email;
  }

  public String getWorkingLanguage() {
    return workingLanguage;
  }

  public LocalDate getBornOn() {
    return bornOn;
  }

  public String getTitle() {
    return title;
  }

  public ListConsent getListConsent() {
    return listConsent;
  }

  /** Whether the person asked for a visa-support letter. */
  public boolean isVisaLetter() {
    return visaLetter;
  }

  /**
   * The Secretariat signs off the visa-support letter the person asked for (only if they did);
   * signing it off again changes nothing.
   */
  public void signVisaLetter(String officer, LocalDateTime at) {
    if (!visaLetter) {
      throw new IllegalStateException("no visa letter was asked for");
    }
    if (visaLetterSignedAt == null) {
      visaLetterSignedAt = Objects.requireNonNull(at, "at");
      visaLetterSignedBy = Objects.requireNonNull(officer, "officer");
    }
  }

  /** When the Secretariat signed off the visa-support letter (empty: not yet, or not asked for). */
  public Optional<LocalDateTime> getVisaLetterSignedAt() {
    return Optional.ofNullable(visaLetterSignedAt);
  }

  /** Who signed it off (user name; null if nobody yet). */
  public String getVisaLetterSignedBy() {
    return visaLetterSignedBy;
  }
}
