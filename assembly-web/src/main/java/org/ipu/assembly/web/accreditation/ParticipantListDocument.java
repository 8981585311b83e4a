package org.ipu.assembly.web.accreditation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.accreditation.boundary.ParticipantList;
import org.ipu.assembly.accreditation.rules.ListedDelegation;
import org.ipu.assembly.accreditation.rules.ListedParticipant;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.web.platform.csv.SpreadsheetCsv;
import org.ipu.assembly.web.platform.csv.SpreadsheetXlsx;
import org.ipu.assembly.web.platform.i18n.Language;
import org.ipu.assembly.web.roster.SessionBacking;

/**
 * The list of participants in the reader's language, as a PDF's model ({@code
 * participant-list.ftlx}) and as the rows of its CSV and XLSX files: the same people in the same
 * order in each. Every word comes from the resource bundles, country names from the JDK's locale
 * data (through the boundary).
 */
public final class ParticipantListDocument {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(ParticipantListDocument.class, "participant-list.ftlx");

  /** A participant as the PDF shows them. */
  public record Line(String name, String category, boolean head) {}

  /** A delegation as the PDF shows it. */
  public record Section(String name, List<Line> participants) {}

  private ParticipantListDocument() {}

  /** The PDF template's model. */
  public static Map<String, Object> model(ParticipantList.Listing listing, Language language) {
    List<Section> sections = new ArrayList<>();
    for (ListedDelegation delegation : listing.delegations()) {
      sections.add(
          new Section(
              delegation.name(),
              delegation.participants().stream()
                  .map(p -> new Line(p.name(), category(p, language), p.head()))
                  .toList()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", title(listing, language));
    model.put("assembly", SessionBacking.title(listing.assembly(), language));
    model.put("audience", language.text(audienceKey(listing.audience())));
    model.put(
        "count",
        language.text(
            "participant-list.count", listing.participants(), listing.delegations().size()));
    model.put("delegations", sections);
    model.put("head", language.text("registration.page.field.head"));
    model.put("none", language.text("participant-list.none"));
    model.put("nameHeading", language.text("participant-list.column.name"));
    model.put("categoryHeading", language.text("participant-list.column.category"));
    return model;
  }

  /** The CSV file: a header line, then a line per participant. */
  public static String csv(ParticipantList.Listing listing, Language language) {
    return SpreadsheetCsv.write(header(language), rows(listing, language));
  }

  /** The XLSX file: the same header and rows on one sheet. */
  public static byte[] xlsx(ParticipantList.Listing listing, Language language) {
    return SpreadsheetXlsx.write(
        language.text("participant-list.page.title"),
        language.direction().equals("rtl"),
        header(language),
        rows(listing, language));
  }

  /** The column headings of the CSV and XLSX files. */
  static List<String> header(Language language) {
    return List.of(
        language.text("participant-list.column.delegation"),
        language.text("registration.page.field.title"),
        language.text("participant-list.column.given-names"),
        language.text("participant-list.column.family-name"),
        language.text("participant-list.column.category"),
        language.text("registration.page.field.head"));
  }

  /** A row per participant, delegation by delegation, in the list's order. */
  static List<List<String>> rows(ParticipantList.Listing listing, Language language) {
    List<List<String>> rows = new ArrayList<>();
    for (ListedDelegation delegation : listing.delegations()) {
      for (ListedParticipant p : delegation.participants()) {
        List<String> row = new ArrayList<>();
        row.add(delegation.name());
        row.add(p.title());
        row.add(p.givenNames());
        row.add(p.familyName());
        row.add(category(p, language));
        row.add(p.head() ? language.text("participant-list.yes") : null);
        rows.add(row);
      }
    }
    return rows;
  }

  /** The file's name, without extension: "participants-152-public-fr". */
  static String fileName(ParticipantList.Listing listing, Language language) {
    return "participants-"
        + listing.assembly().getNumber()
        + (listing.audience() == ListConsent.PUBLIC ? "-public-" : "-")
        + language.code();
  }

  private static String title(ParticipantList.Listing listing, Language language) {
    return language.text(
        listing.audience() == ListConsent.PUBLIC
            ? "participant-list.title.public"
            : "participant-list.title.participants");
  }

  private static String audienceKey(ListConsent audience) {
    return audience == ListConsent.PUBLIC
        ? "participant-list.audience.public"
        : "participant-list.audience.participants";
  }

  private static String category(ListedParticipant p, Language language) {
    return language.text("ParticipantCategory." + p.category().name());
  }
}
