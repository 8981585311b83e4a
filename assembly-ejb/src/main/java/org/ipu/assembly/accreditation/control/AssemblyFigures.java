package org.ipu.assembly.accreditation.control;

import java.time.LocalDate;
import java.util.List;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.GeoGroup;

/**
 * The statistics of an Assembly: counts only, never a name. <b>Registered</b> means accredited, as
 * the badge holders are: in a delegation the Secretariat approved or, while a change to an approved
 * delegation waits for approval, a member of parliament as last approved; <b>arrived</b> means
 * registered and checked in on arrival (accreditation at the desk). The days count the check-ins of
 * registered participants.
 *
 * @param assemblyId the Assembly
 * @param assemblyNumber its number
 * @param opensOn its opening day, on which the young members of parliament are under {@code
 *     youngAge}
 * @param youngAge the Assembly's setting {@code delegation.young-age}
 * @param participants every participant
 * @param categories participants by category, every category
 * @param membersOfParliament the members of parliament (delegates)
 * @param womenMembersOfParliament the women among them
 * @param womenShare the share of women among the members of parliament, percent with one decimal
 *     (null without members of parliament)
 * @param youngMembersOfParliament the members of parliament under {@code youngAge} on the opening
 *     day (a date of birth not given: not young)
 * @param delegations the delegations with registered participants; arrived: at least one of them
 *     arrived
 * @param delegationsNotArrived those of which nobody arrived yet
 * @param womenOnlyDelegations those whose registered members of parliament are all women
 * @param menOnlyDelegations those whose registered members of parliament are all men
 * @param groups delegations by geopolitical group, every group (a Member may belong to several, so
 *     the groups add up to more than the delegations)
 * @param delegationsInNoGroup delegations of parliaments in no geopolitical group (Associate
 *     Members, observers)
 * @param days by day of the Assembly's venue, oldest first: arrivals, attendance and entries to the
 *     plenary hall
 */
public record AssemblyFigures(
    long assemblyId,
    int assemblyNumber,
    LocalDate opensOn,
    int youngAge,
    Headcount participants,
    List<CategoryFigures> categories,
    Headcount membersOfParliament,
    Headcount womenMembersOfParliament,
    Shares womenShare,
    Headcount youngMembersOfParliament,
    Headcount delegations,
    long delegationsNotArrived,
    long womenOnlyDelegations,
    long menOnlyDelegations,
    List<GroupFigures> groups,
    Headcount delegationsInNoGroup,
    List<DayFigures> days) {

  public AssemblyFigures {
    categories = List.copyOf(categories);
    groups = List.copyOf(groups);
    days = List.copyOf(days);
  }

  /** How many registered, and how many of them arrived. */
  public record Headcount(long registered, long arrived) {}

  /** A share among the registered and among those who arrived, percent (null: nobody to count). */
  public record Shares(Double registered, Double arrived) {}

  /** The participants of one category. */
  public record CategoryFigures(ParticipantCategory category, long registered, long arrived) {}

  /** The delegations of one geopolitical group. */
  public record GroupFigures(GeoGroup group, long registered, long arrived) {}

  /**
   * One day at the venue.
   *
   * @param arrivals participants who arrived (checked in on arrival) that day, in the venue's time
   * @param attendance participants checked in as attending that day
   * @param plenary participants who entered the plenary hall that day
   */
  public record DayFigures(LocalDate day, long arrivals, long attendance, long plenary) {}
}
