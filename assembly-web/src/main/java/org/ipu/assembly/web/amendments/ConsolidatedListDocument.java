package org.ipu.assembly.web.amendments;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.CoSponsorView;
import org.ipu.assembly.amendments.control.Views.ConsolidatedList;
import org.ipu.assembly.amendments.control.Views.DecisionView;
import org.ipu.assembly.amendments.control.Views.ListedAmendment;
import org.ipu.assembly.amendments.control.Views.ListedParagraph;
import org.ipu.assembly.amendments.control.Views.SegmentView;
import org.ipu.assembly.platform.documents.DocumentTemplate;
import org.ipu.assembly.web.platform.i18n.Language;

/**
 * The consolidated list as the committee has it on paper: the draft's title and committee, the
 * deadline, then paragraph by paragraph the text and each amendment to it as a tracked change, with
 * its sponsor, confirmed co-sponsors, justification, conflicts and place in the voting order; at
 * the end the voting order. Every word comes from the bundles; the template is {@code
 * consolidated-list.ftlx}.
 */
public final class ConsolidatedListDocument {

  public static final DocumentTemplate TEMPLATE =
      new DocumentTemplate(ConsolidatedListDocument.class, "consolidated-list.ftlx");

  /** An amendment as printed. */
  public record Printed(
      int number,
      String heading,
      String sponsors,
      List<SegmentView> change,
      String justification,
      List<String> notes) {}

  /** A paragraph as printed, with its amendments. */
  public record PrintedParagraph(
      String citation, String mark, String text, List<Printed> amendments) {}

  private ConsolidatedListDocument() {}

  public static Map<String, Object> model(ConsolidatedList list, Language language) {
    List<PrintedParagraph> paragraphs = new ArrayList<>();
    for (ListedParagraph paragraph : list.paragraphs()) {
      paragraphs.add(
          new PrintedParagraph(
              Citation.of(paragraph.citation(), language),
              paragraph.mark(),
              paragraph.text(),
              paragraph.amendments().stream().map(a -> printed(a, language)).toList()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", language.text("amendments.list.title"));
    model.put("draftTitle", list.draft().title());
    model.put("committee", language.text("Committee." + list.draft().committee()));
    model.put("deadline", deadline(list, language));
    model.put(
        "summary",
        language.text("amendments.list.summary", list.amendments(), list.draft().edition()));
    model.put("paragraphs", paragraphs);
    model.put("removed", list.removedParagraphs().stream().map(a -> printed(a, language)).toList());
    model.put(
        "votingOrder",
        list.votingOrder().stream()
            .map(n -> language.text("amendments.number", n))
            .collect(Collectors.joining(" · ")));
    model.put(
        "votingOrderTitle",
        language.text(
            list.votingOrderChosen()
                ? "amendments.voting-order.chosen"
                : "amendments.voting-order.proposed"));
    model.put(
        "t",
        language.texts(
            "amendments.list.none",
            "amendments.list.removed",
            "amendments.justification",
            "amendments.tracked.deleted",
            "amendments.tracked.inserted"));
    model.put("footer", list.draft().title());
    return model;
  }

  static Printed printed(ListedAmendment listed, Language language) {
    AmendmentView a = listed.amendment();
    List<String> notes = new ArrayList<>();
    notes.add(language.text("amendments.voting-position", listed.votingPosition()));
    if (!listed.conflicts().isEmpty()) {
      notes.add(language.text("amendments.conflicts", numbers(listed.conflicts(), language)));
    }
    if (!listed.identical().isEmpty()) {
      notes.add(language.text("amendments.identical", numbers(listed.identical(), language)));
    }
    if (a.late()) {
      notes.add(language.text("amendments.late"));
    }
    if (a.needsReview()) {
      notes.add(language.text("amendments.needs-review"));
    }
    if (listed.decision() != null) {
      notes.add(decision(listed.decision(), language));
    } else if (!listed.fallsBecauseOf().isEmpty()) {
      notes.add(
          language.text(
              "amendments.decision.proposed-fall", numbers(listed.fallsBecauseOf(), language)));
    }
    return new Printed(
        a.number(),
        language.text("amendments.heading", a.number(), kind(a, language)),
        sponsors(a),
        a.trackedChange(),
        a.justification() == null ? "" : a.justification(),
        notes);
  }

  /** The decision in words: "Adopted", "Merged into amendment 4", "Fell: amendment 3 adopted". */
  public static String decision(DecisionView decision, Language language) {
    return decision(decision.decision(), decision.revisedText(), decision.other(), language);
  }

  /** As {@link #decision(DecisionView, Language)}, from the decision's parts. */
  public static String decision(
      String decision, String revisedText, Integer other, Language language) {
    String key = "amendments.decision." + decision;
    return switch (decision) {
      case "ADOPTED_AS_REVISED" -> language.text(key, revisedText);
      case "MERGED", "FELL" -> language.text(key, other);
      default -> language.text(key);
    };
  }

  /** What the amendment does, in words: "Replace words in OP2", "New paragraph after PP3". */
  static String kind(AmendmentView a, Language language) {
    String kind = "WORDS".equals(a.kind()) ? wordsKind(a) : a.kind();
    return language.text(
        "amendments.kind." + kind,
        Citation.of(a.citation(), language),
        language.text("amendments.language." + a.language()));
  }

  static String wordsKind(AmendmentView a) {
    if (a.from() == a.to()) {
      return "INSERT";
    }
    return a.text().isEmpty() ? "DELETE" : "REPLACE";
  }

  /** The sponsor, then the confirmed co-sponsors. */
  static String sponsors(AmendmentView a) {
    List<String> names = new ArrayList<>();
    names.add(a.sponsor().name());
    for (CoSponsorView c : a.coSponsors()) {
      if (c.confirmed()) {
        names.add(c.name());
      }
    }
    return String.join(", ", names);
  }

  private static String numbers(List<Integer> numbers, Language language) {
    return numbers.stream()
        .map(n -> language.text("amendments.number", n))
        .collect(Collectors.joining(", "));
  }

  static String deadline(ConsolidatedList list, Language language) {
    ZonedDateTime at = list.draft().deadline().atZone(ZoneId.of(list.draft().timeZone()));
    return language.text(
        "amendments.deadline",
        at.format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(at.getZone())),
        list.draft().timeZone());
  }
}
