package org.ipu.assembly.accounts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

  private static final Instant NOON = Instant.parse("2026-10-20T12:00:00Z");
  private static final SignInPolicy POLICY = new SignInPolicy(5, Duration.ofMinutes(15), 8);

  private static FailedSignIns accountFailures(int count, Instant start, Duration apart) {
    FailedSignIns failed = FailedSignIns.NONE;
    for (int i = 0; i < count; i++) {
      failed = failed.failed(start.plus(apart.multipliedBy(i)), POLICY, POLICY.lockoutAfter());
    }
    return failed;
  }

  @Test
  void theFirstTwoFailuresCostNoWaitThenEachAttemptWaitsTwiceAsLong() {
    assertThat(accountFailures(1, NOON, Duration.ZERO).accountHold(NOON, POLICY))
        .isEqualTo(SignInHold.NONE);
    assertThat(accountFailures(2, NOON, Duration.ZERO).accountHold(NOON, POLICY))
        .isEqualTo(new SignInHold(SignInHold.Kind.SLOW_DOWN, Duration.ofSeconds(1)));
    FailedSignIns three = accountFailures(3, NOON, Duration.ofSeconds(1));
    Instant third = NOON.plusSeconds(2);
    assertThat(three.accountHold(third.plusMillis(500), POLICY))
        .isEqualTo(new SignInHold(SignInHold.Kind.SLOW_DOWN, Duration.ofMillis(1_500)));
    assertThat(three.accountHold(third.plusSeconds(2), POLICY)).isEqualTo(SignInHold.NONE);
  }

  @Test
  void theFailureThatReachesTheLimitLocksTheAccountUntilTheLockoutEnds() {
    FailedSignIns five = accountFailures(5, NOON, Duration.ofSeconds(10));
    Instant fifth = NOON.plusSeconds(40);

    SignInHold locked = five.accountHold(fifth.plusSeconds(60), POLICY);

    assertThat(locked.kind()).isEqualTo(SignInHold.Kind.LOCKED);
    assertThat(locked.retryAfter()).isEqualTo(Duration.ofMinutes(14));
    assertThat(locked.retryAfterSeconds()).isEqualTo(840);
    assertThat(five.accountHold(fifth.plus(Duration.ofMinutes(15)), POLICY))
        .isEqualTo(SignInHold.NONE);
  }

  @Test
  void afterTheLockEndsTheCountStartsAgain() {
    FailedSignIns five = accountFailures(5, NOON, Duration.ofSeconds(10));
    Instant afterLock = NOON.plusSeconds(40).plus(Duration.ofMinutes(15));

    FailedSignIns next = five.failed(afterLock, POLICY, POLICY.lockoutAfter());

    assertThat(next.failures()).isEqualTo(1);
    assertThat(next.accountHold(afterLock, POLICY)).isEqualTo(SignInHold.NONE);
  }

  @Test
  void failuresOlderThanTheLockoutAreForgotten() {
    FailedSignIns four = accountFailures(4, NOON, Duration.ofSeconds(10));

    FailedSignIns later = four.failed(NOON.plus(Duration.ofMinutes(20)), POLICY, 5);

    assertThat(later.failures()).isEqualTo(1);
    assertThat(four.at(NOON.plus(Duration.ofMinutes(20)), POLICY)).isEqualTo(FailedSignIns.NONE);
  }

  @Test
  void anAddressIsNeverSlowedOnlyLockedAfterItsOwnLimit() {
    FailedSignIns address = FailedSignIns.NONE;
    for (int i = 0; i < 7; i++) {
      address = address.failed(NOON, POLICY, POLICY.addressLockoutAfter());
      assertThat(address.addressHold(NOON, POLICY)).isEqualTo(SignInHold.NONE);
    }

    address = address.failed(NOON, POLICY, POLICY.addressLockoutAfter());

    assertThat(address.addressHold(NOON, POLICY).kind()).isEqualTo(SignInHold.Kind.LOCKED);
    assertThat(address.addressHold(NOON.plus(Duration.ofMinutes(15)), POLICY))
        .isEqualTo(SignInHold.NONE);
  }

  @Property
  void theWaitGrowsAndNeverPassesFiveMinutes(@ForAll @IntRange(min = 2, max = 1_000) int failures) {
    Duration wait = FailedSignIns.wait(failures);

    assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(5));
    assertThat(FailedSignIns.wait(failures + 1)).isGreaterThanOrEqualTo(wait);
  }

  @Property
  void aLockNeverOutlastsTheLockout(
      @ForAll @IntRange(min = 1, max = 50) int failures,
      @ForAll @IntRange(min = 0, max = 3_600) int secondsApart) {
    FailedSignIns failed = accountFailures(failures, NOON, Duration.ofSeconds(secondsApart));
    Instant last = NOON.plusSeconds((long) secondsApart * (failures - 1));

    SignInHold hold = failed.accountHold(last, POLICY);

    assertThat(hold.retryAfter()).isLessThanOrEqualTo(POLICY.lockout());
    assertThat(failed.accountHold(last.plus(POLICY.lockout()), POLICY)).isEqualTo(SignInHold.NONE);
  }
}
