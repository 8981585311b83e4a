package org.ipu.assembly.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the business tier: every component that needs the time injects a {@link Clock}
 * and reads it through {@link Timestamps#now(Clock)}. This producer hands out the system's UTC
 * clock; a test deployment replaces it with an {@code @Alternative} producer (for example {@link
 * Clock#fixed}) to test deadlines and timestamps.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
