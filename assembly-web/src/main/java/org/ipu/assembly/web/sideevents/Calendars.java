package org.ipu.assembly.web.sideevents;

import jakarta.ws.rs.core.Response;

/** Calendar files as the browser and calendar applications want them. */
final class Calendars {

  static final String FEEDS = "/api/public/side-events/feeds/";

  private Calendars() {}

  /** An iCalendar file to download, named {@code <name>.ics}. */
  static Response file(String calendar, String name) {
    return Response.ok(calendar, "text/calendar; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static SideEventsResource.Feed feed(String token) {
    return new SideEventsResource.Feed(token, FEEDS + token + ".ics");
  }
}
