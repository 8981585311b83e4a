package org.ipu.assembly.web.sideevents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.sideevents.boundary.Programme;
import org.ipu.assembly.sideevents.control.GuestPlace;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code side-events/programme.xhtml}: the approved side events the reader may see, day by day, in
 * their language; joining and cancelling (with the place on the waiting list); the personal
 * calendar feed. Anonymous visitors see the open events and a sign-in link to join.
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One day of the programme. */
  public record Day(String label, List<SideEventView> events) implements Serializable {}

  @Inject private Programme programme;
  @Inject private LanguageBacking language;
  @Inject private SecurityContext security;

  private List<Day> days;
  private String feed;
  private boolean feedRead;

  public List<Day> getDays() {
    if (days == null) {
      try {
        Map<String, List<SideEventView>> byDay = new LinkedHashMap<>();
        for (SideEventView e : programme.events(language.getLocale())) {
          byDay.computeIfAbsent(e.slot().day(), d -> new java.util.ArrayList<>()).add(e);
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale());
        days =
            byDay.entrySet().stream()
                .map(d -> new Day(format.format(LocalDate.parse(d.getKey())), d.getValue()))
                .toList();
      } catch (AssemblyException refused) {
        language.refuse(refused);
        days = List.of();
      }
    }
    return days;
  }

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  /** Joins the event; says whether the caller attends or waits (and where). */
  public void join(long eventId) {
    try {
      GuestPlace place = programme.join(eventId);
      if (place.attending()) {
        language.inform("programme.joined");
      } else {
        language.inform("programme.waiting", place.waiting());
      }
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    days = null;
  }

  public void leave(long eventId) {
    try {
      programme.leave(eventId);
      language.inform("programme.left");
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    days = null;
  }

  /** The reader's place on the event's list, in words. */
  public String place(SideEventView event) {
    GuestPlace place = event.reply();
    if (place == null) {
      return "";
    }
    return place.attending()
        ? language.getCurrent().text("programme.you-attend")
        : language.getCurrent().text("programme.you-wait", place.waiting());
  }

  /** The caller's feed address (relative), or null while they have none. */
  public String getFeed() {
    if (!feedRead && isSignedIn()) {
      feed = programme.existingFeed().map(t -> Calendars.FEEDS + t + ".ics").orElse(null);
      feedRead = true;
    }
    return feed;
  }

  /** The feed's full address, to paste into a calendar application. */
  public String getFeedAddress() {
    String path = getFeed();
    if (path == null) {
      return null;
    }
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest();
    String base = request.getRequestURL().toString();
    return base.substring(0, base.length() - request.getRequestURI().length())
        + request.getContextPath()
        + path;
  }

  public String organisers(SideEventView event) {
    return String.join(", ", event.organisers());
  }

  public void openFeed() {
    feed = Calendars.FEEDS + programme.feed() + ".ics";
    feedRead = true;
  }

  public void revokeFeed() {
    programme.revokeFeed();
    feed = null;
    language.inform("programme.feed.revoked");
  }
}
