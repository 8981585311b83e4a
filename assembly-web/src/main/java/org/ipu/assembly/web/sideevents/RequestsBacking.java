package org.ipu.assembly.web.sideevents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.ipu.assembly.platform.AssemblyException;
import org.ipu.assembly.sideevents.boundary.BookingRequests;
import org.ipu.assembly.sideevents.boundary.Rooms;
import org.ipu.assembly.sideevents.control.EventRequest;
import org.ipu.assembly.sideevents.control.ParliamentName;
import org.ipu.assembly.sideevents.control.SideEventView;
import org.ipu.assembly.sideevents.control.Venue;
import org.ipu.assembly.web.platform.i18n.LanguageBacking;

/**
 * {@code side-events/requests.xhtml}: an organiser's booking requests (a focal point's
 * parliament's, a Secretariat officer's own) with where each stands, and the form to ask for a room
 * or change a pending request: texts in one to four languages, organisers, open or invited
 * delegations, attendance, interpretation, equipment, the room and time. Every problem is shown at
 * once.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The title and description in one language, as the form edits them. */
  public static class TextRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String language;
    private String title;
    private String description;

    TextRow(String language) {
      this.language = language;
    }

    public String getLanguage() {
      return language;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  @Inject private BookingRequests requests;
  @Inject private Rooms rooms;
  @Inject private LanguageBacking language;

  private List<SideEventView> mine;
  private Venue venue;
  private List<ParliamentName> parliaments;

  private Long editing;
  private Long version;
  private List<TextRow> texts;
  private List<Long> coOrganisers = new ArrayList<>();
  private String organisations;
  private boolean open = true;
  private List<Long> invited = new ArrayList<>();
  private Integer expected;
  private Integer places;
  private boolean interpretation;
  private List<String> equipment = new ArrayList<>();
  private Long roomId;
  private String day;
  private String starts;
  private String ends;

  public List<SideEventView> getMine() {
    if (mine == null) {
      try {
        mine = requests.mine(language.getLocale());
      } catch (AssemblyException refused) {
        language.refuse(refused);
        mine = List.of();
      }
    }
    return mine;
  }

  public Venue getVenue() {
    if (venue == null) {
      venue = rooms.venue();
    }
    return venue;
  }

  public List<ParliamentName> getParliaments() {
    if (parliaments == null) {
      parliaments = requests.parliaments(language.getLocale());
    }
    return parliaments;
  }

  /** The times on the grid within the bookable hours, to choose from. */
  public List<String> getTimes() {
    List<String> times = new ArrayList<>();
    LocalTime closes = LocalTime.parse(getVenue().closes());
    for (LocalTime t = LocalTime.parse(getVenue().opens());
        !t.isAfter(closes);
        t = t.plusMinutes(getVenue().slotMinutes())) {
      times.add(t.toString());
      if (t.equals(LocalTime.of(23, 45))) {
        break;
      }
    }
    return times;
  }

  /** A language by its own name: "Français". */
  public String languageName(String code) {
    return org.ipu.assembly.web.platform.i18n.Language.byCode(code)
        .map(org.ipu.assembly.web.platform.i18n.Language::ownName)
        .orElse(code);
  }

  /** A day of the Assembly as people read it: "Monday 22 March". */
  public String dayLabel(String isoDay) {
    return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale())
        .format(java.time.LocalDate.parse(isoDay));
  }

  public List<String> getEquipmentNames() {
    return getVenue().equipment();
  }

  /** Sends the request (new, or the one being changed). */
  public void send() {
    EventRequest request =
        new EventRequest(
            getTexts().stream()
                .map(t -> new SideEventView.Text(t.language, t.title, t.description))
                .toList(),
            coOrganisers,
            organisations == null ? List.of() : List.of(organisations.split("\\R")),
            open,
            invited,
            expected == null ? 0 : expected,
            places,
            interpretation,
            equipment,
            roomId == null ? 0 : roomId,
            day,
            starts,
            ends,
            version);
    try {
      SideEventView sent =
          editing == null
              ? requests.request(request, language.getLocale())
              : requests.change(editing, request, language.getLocale());
      language.inform("requests.sent", sent.title());
      clear();
    } catch (AssemblyException refused) {
      refuseAll(refused);
    }
    mine = null;
  }

  /** Fills the form with a pending request to change it. */
  public void edit(SideEventView event) {
    editing = event.id();
    version = event.version();
    texts = newTexts();
    for (SideEventView.Text t : event.texts()) {
      texts.stream()
          .filter(r -> r.language.equals(t.language()))
          .forEach(
              r -> {
                r.title = t.title();
                r.description = t.description();
              });
    }
    coOrganisers = new ArrayList<>(event.organiserParliaments());
    organisations = String.join("\n", event.organisations());
    open = event.open();
    invited = new ArrayList<>(event.invited());
    expected = event.expected();
    places = event.placesAsked();
    interpretation = event.interpretation();
    equipment = new ArrayList<>(event.equipment());
    roomId = event.slot().roomId();
    day = event.slot().day();
    starts = event.slot().starts();
    ends = event.slot().ends();
  }

  public void clear() {
    editing = null;
    version = null;
    texts = newTexts();
    coOrganisers = new ArrayList<>();
    organisations = null;
    open = true;
    invited = new ArrayList<>();
    expected = null;
    places = null;
    interpretation = false;
    equipment = new ArrayList<>();
    roomId = null;
    day = null;
    starts = null;
    ends = null;
  }

  public void withdraw(SideEventView event) {
    try {
      requests.withdraw(event.id(), event.version(), language.getLocale());
      language.inform("requests.withdrawn", event.title());
    } catch (AssemblyException refused) {
      language.refuse(refused);
    }
    mine = null;
  }

  public void accept(SideEventView event) {
    try {
      requests.acceptProposal(event.id(), event.version(), language.getLocale());
      language.inform("requests.accepted", event.title());
    } catch (AssemblyException refused) {
      refuseAll(refused);
    }
    mine = null;
  }

  private void refuseAll(AssemblyException refused) {
    if (refused instanceof org.ipu.assembly.platform.InvalidRequest invalid) {
      for (var problem : invalid.getProblems()) {
        language.refuse(
            new AssemblyException(
                refused.getKind(), problem.code(), problem.arguments().toArray()));
      }
    } else {
      language.refuse(refused);
    }
  }

  private List<TextRow> newTexts() {
    return getVenue().languages().stream().map(TextRow::new).toList();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public List<TextRow> getTexts() {
    if (texts == null) {
      texts = newTexts();
    }
    return texts;
  }

  public List<Long> getCoOrganisers() {
    return coOrganisers;
  }

  public void setCoOrganisers(List<Long> coOrganisers) {
    this.coOrganisers = coOrganisers;
  }

  public String getOrganisations() {
    return organisations;
  }

  public void setOrganisations(String organisations) {
    this.organisations = organisations;
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public List<Long> getInvited() {
    return invited;
  }

  public void setInvited(List<Long> invited) {
    this.invited = invited;
  }

  public Integer getExpected() {
    return expected;
  }

  public void setExpected(Integer expected) {
    this.expected = expected;
  }

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer places) {
    this.places = places;
  }

  public boolean isInterpretation() {
    return interpretation;
  }

  public void setInterpretation(boolean interpretation) {
    this.interpretation = interpretation;
  }

  public List<String> getEquipment() {
    return equipment;
  }

  public void setEquipment(List<String> equipment) {
    this.equipment = equipment;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getStarts() {
    return starts;
  }

  public void setStarts(String starts) {
    this.starts = starts;
  }

  public String getEnds() {
    return ends;
  }

  public void setEnds(String ends) {
    this.ends = ends;
  }
}
