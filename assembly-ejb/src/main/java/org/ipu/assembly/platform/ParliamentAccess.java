package org.ipu.assembly.platform;

/**
 * Whether the signed-in person may act for (see, register, vote for) a parliament: the Secretariat
 * for any, a focal point or delegate for its own. Components below the accounts component (the
 * roster) ask through this interface; the accounts component provides it.
 */
public interface ParliamentAccess {

  /** Refuses ({@link AssemblyException.Kind#FORBIDDEN}) unless the caller may act for it. */
  void requireMayActFor(long parliamentId);
}
