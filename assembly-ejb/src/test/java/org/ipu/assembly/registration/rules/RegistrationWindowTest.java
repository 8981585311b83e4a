package org.ipu.assembly.registration.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipu.assembly.registration.rules.RegistrationWindow.Phase.CLOSED;
import static org.ipu.assembly.registration.rules.RegistrationWindow.Phase.LATE_CHANGES;
import static org.ipu.assembly.registration.rules.RegistrationWindow.Phase.NOT_OPEN;
import static org.ipu.assembly.registration.rules.RegistrationWindow.Phase.OPEN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** When focal points may register and change a delegation. */
class RegistrationWindowTest {

  private static final LocalDate ASSEMBLY = LocalDate.of(2026, 10, 19);
  private static final RegistrationWindow WINDOW =
      RegistrationWindow.before(
          ASSEMBLY, Duration.ofDays(60), Duration.ofDays(21), Duration.ofDays(7));
  private static final Instant OPENS = Instant.parse("2026-08-20T00:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-09-28T00:00:00Z");
  private static final Instant CHANGES_UNTIL = Instant.parse("2026-10-12T00:00:00Z");
  private static final Duration TICK = Duration.ofNanos(1);

  @Test
  void theLimitsAreDaysBeforeTheOpeningCountedFromMidnightUtc() {
    assertThat(WINDOW).isEqualTo(new RegistrationWindow(OPENS, CLOSES, CHANGES_UNTIL));
  }

  @Test
  void withNoDaysBeforeEveryLimitIsTheOpeningMidnightUtc() {
    assertThat(RegistrationWindow.before(ASSEMBLY, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isEqualTo(
            new RegistrationWindow(
                Instant.parse("2026-10-19T00:00:00Z"),
                Instant.parse("2026-10-19T00:00:00Z"),
                Instant.parse("2026-10-19T00:00:00Z")));
  }

  @Test
  void theLimitsNeverComeInTheWrongOrder() {
    // closing set earlier than opening: registration closes as it opens
    RegistrationWindow closesFirst =
        RegistrationWindow.before(
            ASSEMBLY, Duration.ofDays(10), Duration.ofDays(30), Duration.ofDays(7));
    Instant opens = Instant.parse("2026-10-09T00:00:00Z");
    assertThat(closesFirst)
        .isEqualTo(new RegistrationWindow(opens, opens, Instant.parse("2026-10-12T00:00:00Z")));

    // late changes set to end before closing: there are none
    RegistrationWindow noLateChanges =
        RegistrationWindow.before(
            ASSEMBLY, Duration.ofDays(60), Duration.ofDays(7), Duration.ofDays(21));
    Instant closes = Instant.parse("2026-10-12T00:00:00Z");
    assertThat(noLateChanges).isEqualTo(new RegistrationWindow(OPENS, closes, closes));
    assertThat(noLateChanges.phase(closes)).isEqualTo(CLOSED);
    assertThat(noLateChanges.mayChange(closes, true)).isFalse();

    // all three in reverse
    RegistrationWindow reversed =
        RegistrationWindow.before(
            ASSEMBLY, Duration.ofDays(7), Duration.ofDays(21), Duration.ofDays(60));
    Instant only = Instant.parse("2026-10-12T00:00:00Z");
    assertThat(reversed).isEqualTo(new RegistrationWindow(only, only, only));
    assertThat(reversed.phase(only.minus(TICK))).isEqualTo(NOT_OPEN);
    assertThat(reversed.phase(only)).isEqualTo(CLOSED);
  }

  @Test
  void aWindowOutOfOrderIsRefused() {
    assertThatThrownBy(() -> new RegistrationWindow(CLOSES, OPENS, CHANGES_UNTIL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegistrationWindow(OPENS, CHANGES_UNTIL, CLOSES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RegistrationWindow(OPENS, CLOSES, OPENS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RegistrationWindow(OPENS, OPENS, OPENS).phase(OPENS)).isEqualTo(CLOSED);
  }

  @Test
  void eachLimitBelongsToThePhaseItStarts() {
    assertThat(WINDOW.phase(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(NOT_OPEN);
    assertThat(WINDOW.phase(OPENS.minus(TICK))).isEqualTo(NOT_OPEN);
    assertThat(WINDOW.phase(OPENS)).isEqualTo(OPEN);
    assertThat(WINDOW.phase(CLOSES.minus(TICK))).isEqualTo(OPEN);
    assertThat(WINDOW.phase(CLOSES)).isEqualTo(LATE_CHANGES);
    assertThat(WINDOW.phase(CHANGES_UNTIL.minus(TICK))).isEqualTo(LATE_CHANGES);
    assertThat(WINDOW.phase(CHANGES_UNTIL)).isEqualTo(CLOSED);
    assertThat(WINDOW.phase(Instant.parse("2026-10-19T08:00:00Z"))).isEqualTo(CLOSED);
  }

  @Test
  void anyDelegationMayChangeWhileOpen() {
    for (boolean submitted : List.of(true, false)) {
      assertThat(WINDOW.mayChange(OPENS, submitted)).isTrue();
      assertThat(WINDOW.mayChange(CLOSES.minus(TICK), submitted)).isTrue();
      assertThat(WINDOW.mayChange(OPENS.minus(TICK), submitted)).isFalse();
      assertThat(WINDOW.mayChange(CHANGES_UNTIL, submitted)).isFalse();
    }
  }

  @Test
  void lateChangesOnlyForADelegationSubmittedBefore() {
    assertThat(WINDOW.mayChange(CLOSES, true)).isTrue();
    assertThat(WINDOW.mayChange(CHANGES_UNTIL.minus(TICK), true)).isTrue();
    assertThat(WINDOW.mayChange(CLOSES, false)).isFalse();
    assertThat(WINDOW.mayChange(CHANGES_UNTIL.minus(TICK), false)).isFalse();
    assertThat(WINDOW.mayChange(CHANGES_UNTIL, true)).isFalse();
  }

  // --- properties

  record Settings(LocalDate assembly, Duration opens, Duration closes, Duration changes) {
    RegistrationWindow window() {
      return RegistrationWindow.before(assembly, opens, closes, changes);
    }

    Instant opening() {
      return Instant.parse(assembly + "T00:00:00Z");
    }
  }

  @Property
  void theWindowIsTheSettingsPutInOrder(@ForAll("settings") Settings s) {
    RegistrationWindow w = s.window();
    Instant opening = s.opening();
    Instant opens = opening.minus(s.opens());
    Instant closes = opening.minus(s.closes());
    Instant changes = opening.minus(s.changes());

    assertThat(w.opens()).isEqualTo(opens);
    assertThat(w.closes()).isEqualTo(closes.isBefore(opens) ? opens : closes);
    assertThat(w.closes()).isAfterOrEqualTo(w.opens());
    assertThat(w.changesUntil()).isAfterOrEqualTo(w.closes());
    if (!closes.isBefore(opens) && !changes.isBefore(closes)) {
      assertThat(w).isEqualTo(new RegistrationWindow(opens, closes, changes));
    }
    if (!changes.isBefore(w.closes())) {
      assertThat(w.changesUntil()).isEqualTo(changes);
    } else {
      assertThat(w.changesUntil()).isEqualTo(w.closes());
    }
  }

  @Property
  void phaseAndMayChangeFollowTheLimits(
      @ForAll("settings") Settings s,
      @ForAll("offsets") Duration offset,
      @ForAll("limitIndex") int limit,
      @ForAll boolean submittedBefore) {
    RegistrationWindow w = s.window();
    Instant base = List.of(w.opens(), w.closes(), w.changesUntil()).get(limit);
    Instant now = base.plus(offset);

    RegistrationWindow.Phase expected;
    if (now.compareTo(w.opens()) < 0) {
      expected = NOT_OPEN;
    } else if (now.compareTo(w.closes()) < 0) {
      expected = OPEN;
    } else if (now.compareTo(w.changesUntil()) < 0) {
      expected = LATE_CHANGES;
    } else {
      expected = CLOSED;
    }
    assertThat(w.phase(now)).isEqualTo(expected);
    assertThat(w.mayChange(now, submittedBefore))
        .isEqualTo(expected == OPEN || (expected == LATE_CHANGES && submittedBefore));
    // a delegation submitted before may change whenever a new one may, and never after the end
    if (w.mayChange(now, false)) {
      assertThat(w.mayChange(now, true)).isTrue();
    }
    if (!now.isBefore(w.changesUntil()) || now.isBefore(w.opens())) {
      assertThat(w.mayChange(now, true)).isFalse();
    }
  }

  @Provide
  Arbitrary<Settings> settings() {
    Arbitrary<LocalDate> assembly =
        Arbitraries.longs()
            .between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<Duration> before =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs().between(0, 120).map(Duration::ofDays)),
            Tuple.of(1, Arbitraries.longs().between(0, 120 * 24).map(Duration::ofHours)),
            Tuple.of(1, Arbitraries.of(Duration.ZERO, Duration.ofDays(7), Duration.ofDays(21))));
    return Combinators.combine(assembly, before, before, before).as(Settings::new);
  }

  @Provide
  Arbitrary<Duration> offsets() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(-1L, 0L, 1L).map(Duration::ofNanos)),
        Tuple.of(2, Arbitraries.longs().between(-200, 200).map(Duration::ofDays)),
        Tuple.of(1, Arbitraries.longs().between(-86_400, 86_400).map(Duration::ofSeconds)));
  }

  @Provide
  Arbitrary<Integer> limitIndex() {
    return Arbitraries.integers().between(0, 2);
  }
}
