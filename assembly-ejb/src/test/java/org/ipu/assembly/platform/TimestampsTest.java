package org.ipu.assembly.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void readsTheGivenClockInUtcToTheMillisecond() {
    Clock fixed =
        Clock.fixed(Instant.parse("2027-04-12T09:30:15.123456789Z"), ZoneId.of("Europe/Zurich"));

    assertThat(Timestamps.now(fixed))
        .isEqualTo(LocalDateTime.of(2027, 4, 12, 9, 30, 15, 123_000_000));
  }

  @Test
  void followsTheClockWhenItMoves() {
    Clock start = Clock.fixed(Instant.parse("2027-04-12T23:59:59.999Z"), ZoneId.of("UTC"));
    Clock later = Clock.offset(start, java.time.Duration.ofMillis(1));

    assertThat(Timestamps.now(later)).isEqualTo(LocalDateTime.of(2027, 4, 13, 0, 0));
  }
}
