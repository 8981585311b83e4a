package org.ipu.assembly.voting.rules;

import java.util.Optional;

/**
 * What may be corrected of a vote, and when. A vote that has not ended (a draft, or open) may be
 * annulled: it is replaced by a new draft. A closed vote's result is the Assembly's record: it is
 * never annulled; if the Secretariat must set it aside after the fact, it voids it, a separate act
 * with a reason, once, that leaves the result published and marked void.
 */
public final class Correction {

  /** Where a vote stands, as far as its corrections are concerned. */
  public enum Stage {
    DRAFT,
    OPEN,
    CLOSED,
    ANNULLED
  }

  /** The refusal of an annulment of a closed vote. */
  public static final String CLOSED_IS_THE_RECORD = "vote.closed-is-the-record";

  /** The refusal of an annulment of a vote already annulled. */
  public static final String ANNULLED = "vote.annulled";

  /** The refusal of a voiding of a vote that is not closed. */
  public static final String NOT_CLOSED = "vote.void.not-closed";

  /** The refusal of a voiding of a result already void. */
  public static final String ALREADY_VOID = "vote.void.already-void";

  private Correction() {}

  /** Why a vote at this stage may not be annulled, if it may not. */
  public static Optional<String> annulRefusal(Stage stage) {
    return switch (stage) {
      case DRAFT, OPEN -> Optional.empty();
      case CLOSED -> Optional.of(CLOSED_IS_THE_RECORD);
      case ANNULLED -> Optional.of(ANNULLED);
    };
  }

  /** Why a vote's result may not be voided, if it may not: only a closed result, and once. */
  public static Optional<String> voidRefusal(Stage stage, boolean alreadyVoid) {
    if (stage != Stage.CLOSED) {
      return Optional.of(NOT_CLOSED);
    }
    return alreadyVoid ? Optional.of(ALREADY_VOID) : Optional.empty();
  }
}
