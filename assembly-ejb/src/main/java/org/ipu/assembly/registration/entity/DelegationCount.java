package org.ipu.assembly.registration.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ipu.assembly.registration.rules.Gender;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.registration.rules.ParticipationCount;

/**
 * What is kept of a delegation's participants of one category and gender once their personal data
 * is deleted: how many they were, and how many of them were young parliamentarians. Written once,
 * never changed.
 */
@Entity
@Table(name = "delegation_statistics")
public class DelegationCount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "delegation_id")
  private Delegation delegation;

  @Enumerated(EnumType.STRING)
  private ParticipantCategory category;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  private int participants;

  private int young;

  protected DelegationCount() {}

  public DelegationCount(Delegation delegation, ParticipationCount count) {
    this.delegation = Objects.requireNonNull(delegation, "delegation");
    this.category = count.category();
    this.gender = count.gender();
    this.participants = count.participants();
    this.young = count.young();
  }

  public Delegation getDelegation() {
    return delegation;
  }

  public ParticipationCount count() {
    return new ParticipationCount(category, gender, participants, young);
  }
}
