package org.ipu.assembly.registration.rules;

/**
 * The four Standing Committees. Each Member is represented on each by one member and one substitute
 * (Rules of the Standing Committees, Rule 1).
 */
public enum Committee {
  PEACE_AND_SECURITY,
  SUSTAINABLE_DEVELOPMENT,
  DEMOCRACY_AND_HUMAN_RIGHTS,
  UNITED_NATIONS_AFFAIRS
}
