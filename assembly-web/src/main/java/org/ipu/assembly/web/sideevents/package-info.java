/**
 * Side events on the web: the REST API (rooms, requests, the Secretariat's desk, the programme,
 * calendars) and the pages of the organisers, the Secretariat (queue, calendar, rooms) and the
 * programme.
 */
package org.ipu.assembly.web.sideevents;
