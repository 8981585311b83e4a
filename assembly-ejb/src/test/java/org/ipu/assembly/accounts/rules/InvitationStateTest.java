package org.ipu.assembly.accounts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationStateTest {

  private static final Instant ISSUED = Instant.parse("2026-11-01T09:00:00Z");
  private static final Instant EXPIRES = InvitationState.expiry(ISSUED, Duration.ofDays(7));

  @Test
  void aLinkExpiresItsLifetimeAfterItWasIssued() {
    assertThat(EXPIRES).isEqualTo(Instant.parse("2026-11-08T09:00:00Z"));
  }

  @Test
  void aLinkWorksUntilItExpiresAndNotAtItsExpiry() {
    assertThat(InvitationState.of(EXPIRES, null, null, ISSUED)).isEqualTo(InvitationState.USABLE);
    assertThat(InvitationState.of(EXPIRES, null, null, EXPIRES.minusMillis(1)))
        .isEqualTo(InvitationState.USABLE);
    assertThat(InvitationState.of(EXPIRES, null, null, EXPIRES)).isEqualTo(InvitationState.EXPIRED);
    assertThat(InvitationState.of(EXPIRES, null, null, EXPIRES.plus(Duration.ofDays(30))))
        .isEqualTo(InvitationState.EXPIRED);
  }

  @Test
  void aUsedLinkSaysSoEvenAfterItsExpiry() {
    Instant used = ISSUED.plusSeconds(60);

    assertThat(InvitationState.of(EXPIRES, used, null, used)).isEqualTo(InvitationState.USED);
    assertThat(InvitationState.of(EXPIRES, used, null, EXPIRES.plusSeconds(1)))
        .isEqualTo(InvitationState.USED);
  }

  @Test
  void aReplacedLinkNoLongerWorks() {
    assertThat(InvitationState.of(EXPIRES, null, ISSUED.plusSeconds(5), ISSUED.plusSeconds(6)))
        .isEqualTo(InvitationState.REPLACED);
  }

  @Test
  void eachRefusalHasItsOwnCodeAndAUsableLinkHasNone() {
    assertThat(InvitationState.USED.refusalCode()).isEqualTo("invitation.used");
    assertThat(InvitationState.EXPIRED.refusalCode()).isEqualTo("invitation.expired");
    assertThat(InvitationState.REPLACED.refusalCode()).isEqualTo("invitation.replaced");
    assertThatThrownBy(InvitationState.USABLE::refusalCode)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLifetimeIsPositive() {
    assertThatThrownBy(() -> InvitationState.expiry(ISSUED, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
