package org.ipu.assembly.web.registration;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.registration.rules.ParticipantCategory;

/**
 * The participant form of {@code delegation.xhtml}: what the person types, kept by value in the
 * view (so that a refused save loses nothing), turned into {@link ParticipantDetails} to save. The
 * committees are held by name, as the check boxes send them.
 */
public class ParticipantForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String familyName;
  private String givenNames;
  private String title;
  private Gender gender;
  private LocalDate bornOn;
  private ParticipantCategory category;
  private boolean head;
  private List<String> committeeMember = new ArrayList<>();
  private List<String> committeeSubstitute = new ArrayList<>();
  private String email;
  private String phone;
  private String workingLanguage;
  private LocalDate arrivesOn;
  private LocalDate departsOn;
  private String accessibilityNeeds;
  private boolean visaLetter;
  private String listConsent = ListConsent.NOBODY.name();
  private Long version;

  /** A new participant, working in {@code language} until told otherwise. */
  static ParticipantForm empty(String language) {
    ParticipantForm form = new ParticipantForm();
    form.workingLanguage = language;
    return form;
  }

  /** A participant as stored, at the version read. */
  static ParticipantForm of(ParticipantDetails details) {
    ParticipantForm form = new ParticipantForm();
    form.familyName = details.familyName();
    form.givenNames = details.givenNames();
    form.title = details.title();
    form.gender = details.gender();
    form.bornOn = details.bornOn();
    form.category = details.category();
    form.head = details.head();
    form.committeeMember = names(details.committeeMember());
    form.committeeSubstitute = names(details.committeeSubstitute());
    form.email = details.email();
    form.phone = details.phone();
    form.workingLanguage = details.workingLanguage();
    form.arrivesOn = details.arrivesOn();
    form.departsOn = details.departsOn();
    form.accessibilityNeeds = details.accessibilityNeeds();
    form.visaLetter = details.visaLetter();
    form.listConsent = details.listConsent();
    form.version = details.version();
    return form;
  }

  /** A copy to edit, leaving this one as it was read. */
  ParticipantForm copy() {
    return of(details());
  }

  /** What was typed, as the boundary takes it (it trims and checks). */
  ParticipantDetails details() {
    return new ParticipantDetails(
        familyName,
        givenNames,
        title,
        gender,
        bornOn,
        category,
        head,
        committees(committeeMember),
        committees(committeeSubstitute),
        email,
        phone,
        workingLanguage,
        arrivesOn,
        departsOn,
        accessibilityNeeds,
        visaLetter,
        listConsent,
        version);
  }

  private static ArrayList<String> names(List<Committee> committees) {
    return new ArrayList<>(committees.stream().map(Committee::name).toList());
  }

  /** The committees named, in their order; a name that is none is ignored. */
  private static List<Committee> committees(List<String> names) {
    return names == null
        ? List.of()
        : Arrays.stream(Committee.values()).filter(c -> names.contains(c.name())).toList();
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public void setGivenNames(String givenNames) {
    this.givenNames = givenNames;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public LocalDate getBornOn() {
    return bornOn;
  }

  public void setBornOn(LocalDate bornOn) {
    this.bornOn = bornOn;
  }

  public ParticipantCategory getCategory() {
    return category;
  }

  public void setCategory(ParticipantCategory category) {
    this.category = category;
  }

  public boolean isHead() {
    return head;
  }

  public void setHead(boolean head) {
    this.head = head;
  }

  public List<String> getCommitteeMember() {
    return committeeMember;
  }

  public void setCommitteeMember(List<String> committeeMember) {
    this.committeeMember = committeeMember == null ? new ArrayList<>() : committeeMember;
  }

  public List<String> getCommitteeSubstitute() {
    return committeeSubstitute;
  }

  public void setCommitteeSubstitute(List<String> committeeSubstitute) {
    this.committeeSubstitute =
        committeeSubstitute == null ? new ArrayList<>() : committeeSubstitute;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getWorkingLanguage() {
    return workingLanguage;
  }

  public void setWorkingLanguage(String workingLanguage) {
    this.workingLanguage = workingLanguage;
  }

  public LocalDate getArrivesOn() {
    return arrivesOn;
  }

  public void setArrivesOn(LocalDate arrivesOn) {
    this.arrivesOn = arrivesOn;
  }

  public LocalDate getDepartsOn() {
    return departsOn;
  }

  public void setDepartsOn(LocalDate departsOn) {
    this.departsOn = departsOn;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public boolean isVisaLetter() {
    return visaLetter;
  }

  public void setVisaLetter(boolean visaLetter) {
    this.visaLetter = visaLetter;
  }

  /** Who may read the name in the list of participants ({@link ListConsent}'s name). */
  public String getListConsent() {
    return listConsent;
  }

  public void setListConsent(String listConsent) {
    this.listConsent = listConsent;
  }

  /** The choices of consent, narrowest first. */
  public List<String> getListConsents() {
    return Arrays.stream(ListConsent.values()).map(ListConsent::name).toList();
  }

  /** The version read (null for a new participant). */
  public Long getVersion() {
    return version;
  }

  void setVersion(Long version) {
    this.version = version;
  }
}
