/**
 * The side events' work behind the boundaries: the room book (hours, occupations, the slots an
 * approved event holds), requests read and checked, views of events in a reader's language, guest
 * lists, mail to organisers and guests, iCalendar files and the live channel's change.
 */
package org.ipu.assembly.sideevents.control;
