/**
 * The side events' entry points: the venue's rooms and blocked periods (the Secretariat), booking
 * requests (focal points and Secretariat organisers), the Secretariat's queue and calendar, the
 * programme delegates join (anonymous visitors see its open events) with its calendars, and the
 * live channel {@code /ws/side-events}.
 */
package org.ipu.assembly.sideevents.boundary;
