/**
 * Side events around the plenary: the venue's rooms with their bookable hours and blocked periods,
 * booking requests by parliaments and the Secretariat, their approval (a room is never booked
 * twice: each approved event holds its room's slots under a unique key), the programme delegates
 * join with a first-come waiting list, and calendars (iCal) of what a delegate joined.
 */
package org.ipu.assembly.sideevents;
