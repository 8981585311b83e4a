/**
 * The settings' catalog, types, defaults and validation, as plain Java ({@code java.*} only),
 * tested without a container.
 */
package org.ipu.assembly.platform.settings.rules;
