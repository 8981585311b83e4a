package org.ipu.assembly.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

  @Test
  void eachRetryWaitsTwiceAsLongUpToTheMaximum() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aMailIsGivenUpOnlyAfterTheLastAttempt() {
    assertThat(policy.givesUpAfter(5)).isFalse();
    assertThat(policy.givesUpAfter(6)).isTrue();
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailedAttemptKeepsTheMailPendingUntilItsRetryThenGivesUpAndForgetsTheText() {
    Instant t0 = Instant.parse("2026-11-01T09:00:00Z");
    OutboxMessage message = new OutboxMessage("a@example.org", "fr", "Sujet", "Texte", t0);
    RetryPolicy twice = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(10), 2);

    assertThat(message.isDue(t0)).isTrue();
    message.failed(t0, "connection refused", twice);
    assertThat(message.getState()).isEqualTo(MailState.PENDING);
    assertThat(message.isDue(t0.plusSeconds(9))).isFalse();
    assertThat(message.isDue(t0.plusSeconds(10))).isTrue();
    message.failed(t0.plusSeconds(10), "connection refused", twice);
    assertThat(message.getState()).isEqualTo(MailState.FAILED);
    assertThat(message.isDue(t0.plusSeconds(3600))).isFalse();
    assertThat(message.getBody()).isNull();
  }

  @Test
  void aSentMailIsNoLongerDueAndItsTextIsErased() {
    Instant t0 = Instant.parse("2026-11-01T09:00:00Z");
    OutboxMessage message = new OutboxMessage("a@example.org", "en", "Subject", "a link", t0);

    message.delivered(t0);

    assertThat(message.getState()).isEqualTo(MailState.SENT);
    assertThat(message.isDue(t0.plusSeconds(60))).isFalse();
    assertThat(message.getBody()).isNull();
    assertThat(message.getSentAt()).isEqualTo(t0);
  }
}
