/**
 * Reading an Assembly's settings (any component, typed) and changing them (the Secretariat, with
 * optimistic locking, each change audited).
 */
package org.ipu.assembly.platform.settings.boundary;
