package org.ipu.assembly.voting.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class VoteCountdownTest {

  private static final Clock OPENING =
      Clock.fixed(Instant.parse("2027-04-13T10:00:00.250Z"), ZoneOffset.UTC);

  private static LocalDateTime at(Clock clock) {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static LocalDateTime after(Duration elapsed) {
    return at(Clock.offset(OPENING, elapsed));
  }

  @Test
  void closesAfterItsDurationFromTheOpeningOnTheServersClock() {
    VoteCountdown countdown = VoteCountdown.startingAt(at(OPENING), 90);
    assertThat(countdown.closesAt())
        .isEqualTo(LocalDateTime.of(2027, 4, 13, 10, 1, 30, 250_000_000));
    assertThat(countdown.isUp(after(Duration.ofSeconds(89)))).isFalse();
    assertThat(countdown.remaining(after(Duration.ofSeconds(89)))).isEqualTo(Duration.ofSeconds(1));
    assertThat(countdown.isUp(after(Duration.ofMillis(89_999)))).isFalse();
    assertThat(countdown.isUp(after(Duration.ofSeconds(90)))).isTrue();
    assertThat(countdown.remaining(after(Duration.ofSeconds(91)))).isEqualTo(Duration.ZERO);
  }

  @Test
  void durationsOutsideTheRangeAreRefused() {
    assertThat(VoteCountdown.checkDuration(4))
        .contains(VoteCountdown.Refusal.DURATION_OUT_OF_RANGE);
    assertThat(VoteCountdown.checkDuration(0))
        .contains(VoteCountdown.Refusal.DURATION_OUT_OF_RANGE);
    assertThat(VoteCountdown.checkDuration(-60))
        .contains(VoteCountdown.Refusal.DURATION_OUT_OF_RANGE);
    assertThat(VoteCountdown.checkDuration(5)).isEmpty();
    assertThat(VoteCountdown.checkDuration(4 * 3600)).isEmpty();
    assertThat(VoteCountdown.checkDuration(4 * 3600 + 1))
        .contains(VoteCountdown.Refusal.DURATION_OUT_OF_RANGE);
    assertThatThrownBy(() -> VoteCountdown.startingAt(at(OPENING), 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExtensionBeforeTheEndMovesTheCloseLater() {
    VoteCountdown countdown = VoteCountdown.startingAt(at(OPENING), 60);
    LocalDateTime now = after(Duration.ofSeconds(50));
    assertThat(countdown.checkExtension(now, 30)).isEmpty();
    VoteCountdown extended = countdown.extendedBy(now, 30);
    assertThat(extended.closesAt()).isEqualTo(countdown.closesAt().plusSeconds(30));
    assertThat(extended.isUp(after(Duration.ofSeconds(60)))).isFalse();
    assertThat(extended.isUp(after(Duration.ofSeconds(90)))).isTrue();
  }

  @Test
  void noExtensionOnceTheTimeIsUp() {
    VoteCountdown countdown = VoteCountdown.startingAt(at(OPENING), 60);
    assertThat(countdown.checkExtension(after(Duration.ofSeconds(60)), 30))
        .contains(VoteCountdown.Refusal.TIME_UP);
    assertThatThrownBy(() -> countdown.extendedBy(after(Duration.ofSeconds(61)), 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TIME_UP");
  }

  @Test
  void anExtensionNeverLeavesTheVoteOpenLongerThanTheLongestDurationFromNow() {
    VoteCountdown countdown = VoteCountdown.startingAt(at(OPENING), 3 * 3600);
    assertThat(countdown.checkExtension(at(OPENING), 3600)).isEmpty();
    assertThat(countdown.checkExtension(at(OPENING), 3601))
        .contains(VoteCountdown.Refusal.TOO_LONG);
    assertThat(countdown.checkExtension(at(OPENING), 2))
        .contains(VoteCountdown.Refusal.DURATION_OUT_OF_RANGE);
  }

  @Property
  void upExactlyFromItsCloseOn(
      @ForAll @LongRange(min = 5, max = 14_400) long seconds,
      @ForAll @LongRange(min = 0, max = 30_000_000) long elapsedMillis) {
    VoteCountdown countdown = VoteCountdown.startingAt(at(OPENING), seconds);
    LocalDateTime now = after(Duration.ofMillis(elapsedMillis));
    assertThat(countdown.isUp(now)).isEqualTo(elapsedMillis >= seconds * 1000);
    assertThat(countdown.remaining(now))
        .isEqualTo(Duration.ofMillis(Math.max(0, seconds * 1000 - elapsedMillis)));
  }
}
