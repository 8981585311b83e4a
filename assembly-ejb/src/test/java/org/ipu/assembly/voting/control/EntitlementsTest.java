package org.ipu.assembly.voting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Membership;
import org.ipu.assembly.roster.entity.MembershipStatus;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.voting.rules.DelegationFacts;
import org.ipu.assembly.voting.rules.Standing;
import org.junit.jupiter.api.Test;

/** The roster's standing of a parliament, as the vote allocation rules see it. */
class EntitlementsTest {

  private static final AssemblySession SESSION =
      new AssemblySession(
          152, "Geneva", "CH", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 15));

  @Test
  void everyMembershipStatusHasItsStanding() {
    for (MembershipStatus status : MembershipStatus.values()) {
      Membership membership =
          new Membership(SESSION, Parliament.ofCountry("FR"), status, true, 68_000_000);

      DelegationFacts facts = Entitlements.facts(membership, false, 4);

      assertThat(facts.status()).isEqualTo(Standing.valueOf(status.name()));
      assertThat(facts.suspended()).isTrue();
      assertThat(facts.population()).isEqualTo(68_000_000);
      assertThat(facts.delegatesPresent()).isEqualTo(4);
      assertThat(facts.genderSanction()).isFalse();
    }
  }

  @Test
  void theSanctionTheHistoryBringsCountsLikeOneTheRosterRecords() {
    Membership membership =
        new Membership(SESSION, Parliament.ofCountry("FR"), MembershipStatus.MEMBER, false, 1);

    assertThat(Entitlements.facts(membership, true, 4).genderSanction()).isTrue();
  }
}
