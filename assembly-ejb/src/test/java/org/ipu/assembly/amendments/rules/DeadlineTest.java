package org.ipu.assembly.amendments.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ipu.assembly.amendments.rules.Deadline.Tabling;
import org.junit.jupiter.api.Test;

/** The deadline for amendments, with an injected clock. */
class DeadlineTest {

  static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
  static final Deadline DEADLINE = new Deadline(Instant.parse("2026-10-01T16:00:00Z"), GENEVA);

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void parliamentsTableUntilTheDeadlineAndNotAtIt() {
    assertThat(DEADLINE.tabling(at("2026-10-01T15:59:59.999Z"), false)).isEqualTo(Tabling.OPEN);
    assertThat(DEADLINE.tabling(at("2026-10-01T16:00:00Z"), false)).isEqualTo(Tabling.CLOSED);
    assertThat(DEADLINE.tabling(at("2026-12-01T00:00:00Z"), false)).isEqualTo(Tabling.CLOSED);
  }

  @Test
  void theSecretariatEntersLateAmendmentsAfterIt() {
    assertThat(DEADLINE.tabling(at("2026-09-30T00:00:00Z"), true)).isEqualTo(Tabling.OPEN);
    assertThat(DEADLINE.tabling(at("2026-10-01T16:00:00Z"), true)).isEqualTo(Tabling.LATE);
  }

  @Test
  void isAnnouncedInItsTimeZone() {
    assertThat(DEADLINE.announced().toLocalTime().toString()).isEqualTo("18:00");
    assertThatThrownBy(() -> new Deadline(null, GENEVA))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
