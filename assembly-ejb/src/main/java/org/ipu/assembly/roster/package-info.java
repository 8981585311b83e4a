/**
 * The roster of an Assembly: its sessions, the parliaments that may take part, and each one's
 * standing at a session (membership status, suspension, the population figure used there,
 * geopolitical groups).
 */
package org.ipu.assembly.roster;
