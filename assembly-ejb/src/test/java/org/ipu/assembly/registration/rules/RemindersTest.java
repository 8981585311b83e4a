package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which registration reminder is due: 14 and 7 days before registration closes (settings). */
class RemindersTest {

  private static final RegistrationWindow WINDOW =
      RegistrationWindow.before(
          LocalDate.of(2027, 4, 12), Duration.ofDays(90), Duration.ofDays(21), Duration.ofDays(3));
  private static final Instant CLOSES = WINDOW.closes();
  private static final Reminders STATUTES = new Reminders(Duration.ofDays(14), Duration.ofDays(7));

  @Test
  void theFirstReminderIsDueFourteenDaysBeforeClosingTheSecondSevenDays() {
    assertThat(STATUTES.due(CLOSES.minus(Duration.ofDays(15)), WINDOW)).isEmpty();
    assertThat(STATUTES.due(CLOSES.minus(Duration.ofDays(14)), WINDOW)).contains(1);
    assertThat(STATUTES.due(CLOSES.minus(Duration.ofDays(7)).minusMillis(1), WINDOW)).contains(1);
    assertThat(STATUTES.due(CLOSES.minus(Duration.ofDays(7)), WINDOW)).contains(2);
    assertThat(STATUTES.due(CLOSES.minusMillis(1), WINDOW)).contains(2);
  }

  @Test
  void noReminderOnceRegistrationClosedOrBeforeItOpens() {
    assertThat(STATUTES.due(CLOSES, WINDOW)).isEmpty();
    assertThat(STATUTES.due(CLOSES.plus(Duration.ofDays(1)), WINDOW)).isEmpty();
    Reminders early = new Reminders(Duration.ofDays(120), Duration.ofDays(7));
    assertThat(early.due(WINDOW.opens().minusMillis(1), WINDOW)).isEmpty();
    assertThat(early.due(WINDOW.opens(), WINDOW)).contains(1);
  }

  @Test
  void aSecondReminderSetNoLaterThanTheFirstIsNeverSent() {
    Reminders same = new Reminders(Duration.ofDays(7), Duration.ofDays(7));
    assertThat(same.due(CLOSES.minus(Duration.ofDays(3)), WINDOW)).contains(1);
    Reminders inverted = new Reminders(Duration.ofDays(5), Duration.ofDays(10));
    assertThat(inverted.due(CLOSES.minus(Duration.ofDays(8)), WINDOW)).isEmpty();
    assertThat(inverted.due(CLOSES.minus(Duration.ofDays(4)), WINDOW)).contains(1);
  }

  @Test
  void aReminderAfterTheDeadlineIsRefused() {
    assertThatThrownBy(() -> new Reminders(Duration.ofDays(-1), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
