/**
 * The side events' rules in plain Java: periods and the slots they hold, what makes a booking
 * possible in a room (bookable hours, blocked periods, capacity, booths, equipment, the room free),
 * the free rooms and times to suggest, and who attends and who waits on a guest list.
 */
package org.ipu.assembly.sideevents.rules;
