package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Which Assemblies' personal data is due for deletion, and from when. */
class RetentionPeriodTest {

  private static final LocalDate CLOSES = LocalDate.of(2025, 4, 10);
  private static final RetentionPeriod YEAR = new RetentionPeriod(Duration.ofDays(365));

  @Test
  void theDataIsKeptThroughTheLastDayAndDueTheDayAfter() {
    assertThat(YEAR.keptUntil(CLOSES)).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(YEAR.isOver(CLOSES, false, LocalDate.of(2026, 4, 9))).isFalse();
    assertThat(YEAR.isOver(CLOSES, false, LocalDate.of(2026, 4, 10))).isFalse();
    assertThat(YEAR.isOver(CLOSES, false, LocalDate.of(2026, 4, 11))).isTrue();
    assertThat(YEAR.isOver(CLOSES, false, LocalDate.of(2031, 1, 1))).isTrue();
  }

  @Test
  void theCurrentAssemblyIsNeverDue() {
    assertThat(YEAR.isOver(CLOSES, true, LocalDate.of(2031, 1, 1))).isFalse();
    assertThat(new RetentionPeriod(Duration.ZERO).isOver(CLOSES, true, CLOSES.plusDays(1)))
        .isFalse();
  }

  @Test
  void anAssemblyStillMeetingOrToComeIsNotDue() {
    assertThat(YEAR.isOver(CLOSES, false, CLOSES)).isFalse();
    assertThat(YEAR.isOver(CLOSES, false, CLOSES.minusDays(30))).isFalse();
    assertThat(new RetentionPeriod(Duration.ZERO).isOver(CLOSES, false, CLOSES)).isFalse();
    assertThat(new RetentionPeriod(Duration.ZERO).isOver(CLOSES, false, CLOSES.plusDays(1)))
        .isTrue();
  }

  @Test
  void thePeriodIsAWholeNumberOfDays() {
    assertThatThrownBy(() -> new RetentionPeriod(Duration.ofHours(36)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionPeriod(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionPeriod(null)).isInstanceOf(NullPointerException.class);
  }

  @Property
  void dueExactlyFromTheDayAfterTheClosingDayPlusThePeriod(
      @ForAll @IntRange(min = 0, max = 3650) int days,
      @ForAll @IntRange(min = -4000, max = 4000) int offset) {
    RetentionPeriod period = new RetentionPeriod(Duration.ofDays(days));
    LocalDate today = CLOSES.plusDays(offset);
    assertThat(period.isOver(CLOSES, false, today)).isEqualTo(offset > days);
    assertThat(period.isOver(CLOSES, true, today)).isFalse();
  }
}
