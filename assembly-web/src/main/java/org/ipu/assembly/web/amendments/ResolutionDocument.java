package org.ipu.assembly.web.amendments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipu.assembly.amendments.control.ResolutionViews.AmendmentRecord;
import org.ipu.assembly.amendments.control.ResolutionViews.ResolutionView;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * A resolution as the Assembly publishes it: committee, title, the plenary's decision, the text,
 * then the record of every amendment tabled to the draft and the committee's decision on it. The
 * words of the page and the PDF ({@code resolution.ftlx}) come from the bundles; the text is in its
 * own language.
 */
public final class ResolutionDocument {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(ResolutionDocument.class, "resolution.ftlx");

  /** An amendment of the record as printed. */
  public record PrintedAmendment(
      String number, String sponsor, String paragraph, String decision) {}

  private ResolutionDocument() {}

  public static Map<String, Object> model(ResolutionView view, Language language) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", view.title());
    model.put("textLanguage", view.language());
    model.put("committee", committee(view.committee(), language));
    model.put("committeeAdopted", committeeAdopted(view, language));
    model.put("status", status(view, language));
    model.put("paragraphs", view.paragraphs());
    List<PrintedAmendment> record =
        view.amendments().stream()
            .map(
                a ->
                    new PrintedAmendment(
                        String.valueOf(a.number()),
                        a.sponsor().name(),
                        citation(a.citation(), language),
                        decision(a, language)))
            .toList();
    model.put("amendments", record);
    model.put(
        "t",
        language.texts(
            "resolution.text",
            "resolution.record",
            "resolution.record.none",
            "resolution.record.number",
            "resolution.record.sponsor",
            "resolution.record.paragraph",
            "resolution.record.decision"));
    return model;
  }

  /** The plenary's decision (or the committee's text awaiting it), in a sentence. */
  public static String status(ResolutionView view, Language language) {
    return switch (view.state()) {
      case "ADOPTED", "REJECTED" ->
          language.text(
              "ADOPTED".equals(view.state())
                  ? "resolution.adopted." + view.how()
                  : "resolution.rejected",
              date(view.decidedAt(), view.timeZone(), language),
              view.yes(),
              view.no(),
              view.abstain());
      default -> language.text("resolution.awaits-plenary");
    };
  }

  public static String committeeAdopted(ResolutionView view, Language language) {
    return language.text(
        "resolution.committee-adopted", date(view.committeeAdoptedAt(), view.timeZone(), language));
  }

  public static String committee(String committee, Language language) {
    return language.text("Committee." + committee);
  }

  public static String citation(String citation, Language language) {
    return citation == null || citation.isEmpty() ? "" : Citation.of(citation, language);
  }

  /** The committee's decision on an amendment, in words ("No decision" for none). */
  public static String decision(AmendmentRecord amendment, Language language) {
    return amendment.decision() == null
        ? language.text("resolution.record.undecided")
        : ConsolidatedListDocument.decision(
            amendment.decision(), amendment.revisedText(), amendment.other(), language);
  }

  /** A day of the Assembly, in its time zone, as the language writes it. */
  public static String date(Instant instant, String zone, Language language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(instant.atZone(ZoneId.of(zone)));
  }
}
