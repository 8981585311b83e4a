package org.ipu.assembly.registration.boundary;

import jakarta.validation.constraints.NotNull;
import org.ipu.assembly.platform.RequestCheck;
import org.ipu.assembly.platform.Whole;

/**
 * A Member's delegation at an Assembly held before the system, as the Secretariat enters it: how
 * many of its accredited delegates (members of parliament) were women and men; none at all means it
 * did not attend.
 */
public record CompositionEntry(
    @NotNull(message = "history.count.invalid")
        @Whole(min = 0, max = 50, message = "history.count.invalid")
        Number women,
    @NotNull(message = "history.count.invalid")
        @Whole(min = 0, max = 50, message = "history.count.invalid")
        Number men) {

  public CompositionEntry checked() {
    return RequestCheck.check(this);
  }
}
