/**
 * Settings per Assembly: every number the IPU may change from one Assembly to the next (vote
 * weighting, invitation lifetime, and next registration windows, reminders, booking hours,
 * amendment deadlines, retention), typed, validated, with the defaults in one place ({@link
 * org.ipu.assembly.platform.settings.rules.Setting}), stored per Assembly, edited by the
 * Secretariat with optimistic locking and each change audited.
 *
 * <p>Knows no business component: an Assembly is its id. The components read typed values ({@link
 * org.ipu.assembly.platform.settings.boundary.AssemblySettings#values(long)}) and build their own
 * rule objects from them (voting builds its {@code VoteAllocationSettings}).
 *
 * <p>Adding a setting: one constant in {@link org.ipu.assembly.platform.settings.rules.Setting}
 * (key, type with its bounds, default) listed in {@code Setting.ALL}, and its label, help and error
 * texts in the four bundles; page and API show it without further code. A new kind of value is one
 * more {@link org.ipu.assembly.platform.settings.rules.SettingType}.
 */
package org.ipu.assembly.platform.settings;
