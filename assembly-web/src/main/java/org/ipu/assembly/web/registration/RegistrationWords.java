package org.ipu.assembly.web.registration;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ipu.assembly.registration.entity.ParticipantDetails;
import org.ipu.assembly.registration.rules.Change;
import org.ipu.assembly.registration.rules.Committee;
import org.ipu.assembly.registration.rules.Finding;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The registration pages' words in the reader's language: the composition findings, what changed
 * since approval, committee seats, and moments (always in UTC, the zone named).
 */
final class RegistrationWords {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private RegistrationWords() {}

  /** A finding of the composition rules: its text is the refusal's, {@code error.<code>}. */
  static String finding(Finding finding, Language language) {
    return language.text("error." + finding.code(), finding.values().toArray());
  }

  /** "Added X", "Removed Y", "Changed Z: date of birth, e-mail". */
  static String change(Change change, Language language) {
    String key = "registration.queue.change." + change.kind().name();
    if (change.kind() != Change.Kind.CHANGED) {
      return language.text(key, change.participant());
    }
    String fields =
        change.fields().stream()
            .map(field -> language.text("registration.page.field." + field))
            .collect(Collectors.joining(", "));
    return language.text(key, change.participant(), fields);
  }

  /** The participant's seats on the Standing Committees, members first. */
  static List<String> committees(ParticipantDetails details, Language language) {
    List<String> seats = new ArrayList<>();
    for (Committee committee : details.committeeMember()) {
      seats.add(seat("registration.page.committee.member", committee, language));
    }
    for (Committee committee : details.committeeSubstitute()) {
      seats.add(seat("registration.page.committee.substitute", committee, language));
    }
    return seats;
  }

  private static String seat(String key, Committee committee, Language language) {
    return language.text(key, language.text("Committee." + committee.name()));
  }

  /** A moment as "12 January 2027, 00:00 UTC" in the reader's language. */
  static String moment(Instant instant, Language language) {
    if (instant == null) {
      return null;
    }
    var utc = instant.atZone(ZoneOffset.UTC);
    return language.text(
        "registration.page.moment",
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.locale())
            .format(utc),
        TIME.format(utc));
  }

  /** A stored time (UTC, as the Assembly stores every time). */
  static String moment(LocalDateTime utc, Language language) {
    return utc == null ? null : moment(utc.toInstant(ZoneOffset.UTC), language);
  }

  /** The participant's name as the lists show it: title, given names, family name. */
  static String name(ParticipantDetails details) {
    String name = details.givenNames() + " " + details.familyName();
    return details.title() == null || details.title().isBlank()
        ? name
        : details.title() + " " + name;
  }

  /** A working language by its own name (français, español, ...). */
  static String languageName(String code) {
    return Language.byCode(code).map(Language::ownName).orElse(code);
  }
}
