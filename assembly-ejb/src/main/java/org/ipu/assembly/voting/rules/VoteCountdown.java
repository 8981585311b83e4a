package org.ipu.assembly.voting.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The countdown of a timed vote: it closes at a stored moment, the Secretariat may extend it before
 * that moment, and once the moment is reached the vote is due to close (by itself, or early by the
 * Secretariat at any time while it is open). Times are the server's (UTC); no screen's clock takes
 * part.
 *
 * @param closesAt when the vote closes by itself
 */
public record VoteCountdown(LocalDateTime closesAt) {

  /** The shortest duration a vote may be opened or extended for. */
  public static final Duration MIN_DURATION = Duration.ofSeconds(5);

  /** The longest: a vote of the plenary is not left open longer than a sitting. */
  public static final Duration MAX_DURATION = Duration.ofHours(4);

  /** Why a countdown cannot be started or extended. */
  public enum Refusal {
    /** The duration is shorter than {@link #MIN_DURATION} or longer than {@link #MAX_DURATION}. */
    DURATION_OUT_OF_RANGE,
    /** The time is up: the vote is closing, it can no longer be extended. */
    TIME_UP,
    /** The vote would stay open longer than {@link #MAX_DURATION} from now. */
    TOO_LONG
  }

  public VoteCountdown {
    Checks.notNull(closesAt, "closesAt");
  }

  /** Whether a duration (in seconds) may start or extend a countdown. */
  public static Optional<Refusal> checkDuration(long seconds) {
    return seconds < MIN_DURATION.toSeconds() || seconds > MAX_DURATION.toSeconds()
        ? Optional.of(Refusal.DURATION_OUT_OF_RANGE)
        : Optional.empty();
  }

  /**
   * The countdown of a vote opened now for the given seconds.
   *
   * @throws IllegalArgumentException if the duration is out of range (check it first)
   */
  public static VoteCountdown startingAt(LocalDateTime openedAt, long seconds) {
    Checks.notNull(openedAt, "openedAt");
    if (checkDuration(seconds).isPresent()) {
      throw new IllegalArgumentException("duration out of range: " + seconds + " s");
    }
    return new VoteCountdown(openedAt.plusSeconds(seconds));
  }

  /** Whether the vote is due to close: its time is up at {@code now}. */
  public boolean isUp(LocalDateTime now) {
    return !now.isBefore(closesAt);
  }

  /** Time left at {@code now}; zero once up. */
  public Duration remaining(LocalDateTime now) {
    return isUp(now) ? Duration.ZERO : Duration.between(now, closesAt);
  }

  /** Why extending by these seconds at {@code now} is refused, if it is. */
  public Optional<Refusal> checkExtension(LocalDateTime now, long seconds) {
    if (isUp(now)) {
      return Optional.of(Refusal.TIME_UP);
    }
    Optional<Refusal> duration = checkDuration(seconds);
    if (duration.isPresent()) {
      return duration;
    }
    return closesAt.plusSeconds(seconds).isAfter(now.plus(MAX_DURATION))
        ? Optional.of(Refusal.TOO_LONG)
        : Optional.empty();
  }

  /**
   * The countdown extended by the given seconds.
   *
   * @throws IllegalArgumentException if {@link #checkExtension} refuses it
   */
  public VoteCountdown extendedBy(LocalDateTime now, long seconds) {
    Optional<Refusal> refusal = checkExtension(now, seconds);
    if (refusal.isPresent()) {
      throw new IllegalArgumentException("extension refused: " + refusal.get());
    }
    return new VoteCountdown(closesAt.plusSeconds(seconds));
  }
}
