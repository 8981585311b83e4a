package org.ipu.assembly.amendments.control;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.CoSponsorView;
import org.ipu.assembly.amendments.control.Views.ParliamentName;
import org.ipu.assembly.amendments.control.Views.SegmentView;
import org.ipu.assembly.amendments.rules.Numbering;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.ParagraphNumber;

/**
 * A draft resolution and its amendments in Akoma Ntoso 3.0 (OASIS LegalDocML): the resolution as a
 * {@code statement} (preambular paragraphs as recitals, operative paragraphs and their
 * sub-paragraphs numbered as the IPU numbers them), the amendments as an {@code amendmentList}
 * whose components are the draft it amends (a reference) and each {@code amendment}: its number,
 * sponsor and confirmed co-sponsors (TLCOrganization references), the change as a tracked change,
 * the justification, and the change as a {@code textualMod} whose destination is the paragraph's
 * eId in the statement: a word replacement is a substitution, a word deletion or a paragraph
 * deletion a repeal, a word insertion or a new paragraph an insertion.
 *
 * <p>It takes paragraphs and metadata, not entities, so any text (the draft, the text as amended,
 * the adopted resolution) can be written. Plain JDK (StAX, which escapes); the same data gives
 * byte-identical XML: nothing of the moment is written, every list in a fixed order.
 */
public final class AkomaNtoso {

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  /** The media type of an Akoma Ntoso document. */
  public static final String MEDIA_TYPE = "application/akn+xml";

  private AkomaNtoso() {}

  /**
   * What names the text: the Assembly's number, its committee (an enum name, e.g.
   * PEACE_AND_SECURITY), the draft's id and edition, the date the work is known by (its
   * publication) and the Assembly's time zone (for the dates of amendments).
   *
   * @param name the document's name attribute (draftResolution, resolution, ...)
   */
  public record Work(
      int assembly,
      String committee,
      long draft,
      int edition,
      LocalDate date,
      ZoneId zone,
      String name) {

    public Work {
      Objects.requireNonNull(committee, "committee");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(name, "name");
    }
  }

  /** A paragraph of the text: its id (what amendments name), its kind and its text. */
  public record Paragraph(long id, ParagraphKind kind, String text) {

    public Paragraph {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The text in one language (en, fr, es, ar): its title and its paragraphs in order. */
  public record Text(String language, String title, List<Paragraph> paragraphs) {

    public Text {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(title, "title");
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** The text as a {@code statement}. */
  public static byte[] statement(Work work, Text text) {
    return write(
        xml -> {
          xml.open("akomaNtoso");
          xml.namespace();
          writeStatement(xml, work, text);
          xml.close();
        });
  }

  /**
   * The amendments to the text (in the order given: the consolidated list's) as an {@code
   * amendmentList}; parliaments named in {@code text}'s language.
   */
  public static byte[] amendmentList(Work work, Text text, List<AmendmentView> amendments) {
    return write(
        xml -> {
          xml.open("akomaNtoso");
          xml.namespace();
          writeList(xml, work, text, amendments);
          xml.close();
        });
  }

  // The statement.

  private static void writeStatement(Xml xml, Work work, Text text) {
    Layout layout = Layout.of(text.paragraphs());
    String expression = expression(work, "statement", text.language());
    xml.open("statement", "name", work.name(), "contains", "originalVersion");
    xml.open("meta");
    identification(
        xml,
        "",
        work(work, "statement"),
        expression,
        work.date(),
        text.language(),
        work.edition(),
        "#committee");
    xml.open("references", "source", "#ipu");
    organisations(xml, "", work);
    xml.close();
    xml.close();
    preface(xml, text.title());
    List<Numbered> preamble =
        layout.all().stream().filter(p -> p.number().kind() == ParagraphKind.PREAMBULAR).toList();
    if (!preamble.isEmpty()) {
      xml.open("preamble");
      xml.open("recitals", "eId", "recs");
      for (Numbered recital : preamble) {
        xml.open("recital", "eId", recital.eId());
        xml.paragraph(recital.paragraph().text());
        xml.close();
      }
      xml.close();
      xml.close();
    }
    xml.open("mainBody");
    List<Numbered> operative =
        layout.all().stream().filter(p -> p.number().kind() != ParagraphKind.PREAMBULAR).toList();
    if (operative.isEmpty()) {
      xml.leaf("p");
    }
    for (Numbered paragraph : operative) {
      // Sub-paragraphs are written inside their operative paragraph.
      if (paragraph.number().kind() == ParagraphKind.OPERATIVE) {
        xml.open("paragraph", "eId", paragraph.eId());
        xml.inline("num", paragraph.number().mark());
        List<Numbered> points = layout.points(paragraph);
        if (points.isEmpty()) {
          xml.open("content");
        } else {
          xml.open("intro", "eId", paragraph.eId() + "__intro");
        }
        xml.paragraph(paragraph.paragraph().text());
        xml.close();
        for (Numbered point : points) {
          xml.open("point", "eId", point.eId());
          xml.inline("num", point.number().mark());
          xml.open("content");
          xml.paragraph(point.paragraph().text());
          xml.close();
          xml.close();
        }
        xml.close();
      }
    }
    xml.close();
    xml.close();
  }

  // The amendment list.

  private static void writeList(Xml xml, Work work, Text text, List<AmendmentView> amendments) {
    Layout layout = Layout.of(text.paragraphs());
    xml.open("amendmentList", "name", "amendmentList", "contains", "singleVersion");
    xml.open("meta");
    identification(
        xml,
        "",
        work(work, "amendmentList"),
        expression(work, "amendmentList", text.language()),
        work.date(),
        text.language(),
        work.edition(),
        "#committee");
    xml.open("references", "source", "#ipu");
    organisations(xml, "", work);
    xml.close();
    xml.close();
    preface(xml, text.title());
    xml.open("collectionBody");
    xml.open("component", "eId", "cmp_draft");
    xml.leaf(
        "documentRef",
        "eId",
        "cmp_draft__ref",
        "href",
        expression(work, "statement", text.language()),
        "showAs",
        text.title());
    xml.close();
    for (AmendmentView amendment : amendments) {
      xml.open("component", "eId", "cmp_" + amendment.number());
      writeAmendment(xml, work, layout, amendment);
      xml.close();
    }
    xml.close();
    xml.close();
  }

  private static void writeAmendment(Xml xml, Work work, Layout layout, AmendmentView amendment) {
    String id = "cmp_" + amendment.number() + "__";
    LocalDate tabled = date(amendment.tabledAt(), work.zone());
    String workIri =
        "/akn/int/amendment/ipu/"
            + work.assembly()
            + "/"
            + slug(work.committee())
            + "/"
            + tabled
            + "/draft-"
            + work.draft()
            + "-amendment-"
            + amendment.number();
    Map<String, String> parliaments = new LinkedHashMap<>();
    parliaments.put(id + "sponsor", amendment.sponsor().name());
    List<CoSponsorView> coSponsors =
        amendment.coSponsors().stream()
            .filter(CoSponsorView::confirmed)
            .sorted(Comparator.comparing(CoSponsorView::countryCode).thenComparing(c -> c.id()))
            .toList();
    xml.open("amendment", "name", "amendment", "contains", "originalVersion");
    xml.open("meta");
    identification(
        xml,
        id,
        workIri,
        workIri + "/" + language3(amendment.language()) + "@" + tabled,
        tabled,
        amendment.language(),
        0,
        "#" + id + "sponsor");
    Kind kind = Kind.of(amendment);
    xml.open("analysis", "source", "#" + id + "ipu");
    xml.open("activeModifications");
    xml.open("textualMod", "eId", id + "mod_1", "type", kind.type);
    xml.leaf("source", "href", "#" + id + "content");
    String statement = expression(work, "statement", amendment.language());
    Numbered target = layout.byId(amendment.paragraphId());
    if (target == null) {
      // The paragraph was taken out of the draft since: the amendment names the draft only.
      xml.leaf("destination", "href", statement);
    } else if (kind == Kind.NEW_PARAGRAPH) {
      String after =
          ParagraphKind.SUB_PARAGRAPH.name().equals(amendment.newKind())
              ? layout.textOf(target)
              : target.eId();
      xml.leaf("destination", "href", statement + "#" + after, "pos", "after");
    } else if (kind == Kind.PARAGRAPH_DELETION) {
      xml.leaf("destination", "href", statement + "#" + target.eId());
    } else {
      xml.leaf("destination", "href", statement + "#" + layout.textOf(target));
    }
    if (kind.old) {
      xml.leaf("old", "href", "#" + id + "del");
    }
    if (kind.inserts) {
      xml.leaf("new", "href", "#" + id + "ins");
    }
    xml.close();
    xml.close();
    xml.close();
    xml.open("references", "source", "#" + id + "ipu");
    organisations(xml, id, work);
    parliament(xml, id + "sponsor", amendment.sponsor());
    for (CoSponsorView coSponsor : coSponsors) {
      String ref = id + "cosponsor_" + coSponsor.countryCode().toLowerCase(Locale.ROOT);
      parliaments.put(ref, coSponsor.name());
      parliament(
          xml, ref, new ParliamentName(coSponsor.id(), coSponsor.countryCode(), coSponsor.name()));
    }
    xml.close();
    xml.close();
    xml.open("preface");
    xml.openInline("p");
    xml.inline("docNumber", String.valueOf(amendment.number()));
    for (Map.Entry<String, String> parliament : parliaments.entrySet()) {
      xml.text(" ");
      xml.inline("docProponent", parliament.getValue(), "refersTo", "#" + parliament.getKey());
    }
    xml.closeInline();
    xml.close();
    xml.open("amendmentBody");
    if (target != null) {
      xml.open("amendmentReference");
      xml.openInline("p");
      xml.inline("ref", target.number().citation(), "href", statement + "#" + target.eId());
      xml.closeInline();
      xml.close();
    }
    xml.open("amendmentContent", "eId", id + "content");
    xml.openInline("p");
    boolean first = true;
    for (SegmentView segment : amendment.trackedChange()) {
      if (!first) {
        xml.text(" ");
      }
      first = false;
      switch (segment.kind()) {
        case "DELETED" -> xml.inline("del", segment.text(), "eId", id + "del");
        case "INSERTED" -> xml.inline("ins", segment.text(), "eId", id + "ins");
        default -> xml.text(segment.text());
      }
    }
    xml.closeInline();
    xml.close();
    String justification = amendment.justification();
    if (justification != null && !justification.isBlank()) {
      xml.open("amendmentJustification");
      for (String line : justification.strip().split("\\R+")) {
        xml.paragraph(line.strip());
      }
      xml.close();
    }
    xml.close();
    xml.close();
  }

  /** What a change does to the text, and the textualMod type it is. */
  enum Kind {
    SUBSTITUTION("substitution", true, true),
    WORD_DELETION("repeal", true, false),
    WORD_INSERTION("insertion", false, true),
    NEW_PARAGRAPH("insertion", false, true),
    PARAGRAPH_DELETION("repeal", true, false);

    final String type;
    final boolean old;
    final boolean inserts;

    Kind(String type, boolean old, boolean inserts) {
      this.type = type;
      this.old = old;
      this.inserts = inserts;
    }

    static Kind of(AmendmentView amendment) {
      return switch (amendment.kind()) {
        case "NEW_PARAGRAPH" -> NEW_PARAGRAPH;
        case "DELETE_PARAGRAPH" -> PARAGRAPH_DELETION;
        default -> {
          if (amendment.from() == amendment.to()) {
            yield WORD_INSERTION;
          }
          yield amendment.text().isEmpty() ? WORD_DELETION : SUBSTITUTION;
        }
      };
    }
  }

  // Metadata.

  private static void identification(
      Xml xml,
      String prefix,
      String work,
      String expression,
      LocalDate date,
      String language,
      int edition,
      String author) {
    xml.open("identification", "source", "#" + prefix + "ipu");
    xml.open("FRBRWork");
    xml.leaf("FRBRthis", "value", work + "/!main");
    xml.leaf("FRBRuri", "value", work);
    xml.leaf("FRBRdate", "date", date.toString(), "name", "publication");
    xml.leaf("FRBRauthor", "href", author);
    xml.leaf("FRBRcountry", "value", "int");
    xml.close();
    xml.open("FRBRExpression");
    xml.leaf("FRBRthis", "value", expression + "/!main");
    xml.leaf("FRBRuri", "value", expression);
    xml.leaf("FRBRdate", "date", date.toString(), "name", "publication");
    xml.leaf("FRBRauthor", "href", author);
    if (edition > 0) {
      xml.leaf("FRBRversionNumber", "value", "edition-" + edition);
    }
    xml.leaf("FRBRlanguage", "language", language3(language));
    xml.close();
    xml.open("FRBRManifestation");
    xml.leaf("FRBRthis", "value", expression + "/!main.xml");
    xml.leaf("FRBRuri", "value", expression + ".akn");
    xml.leaf("FRBRdate", "date", date.toString(), "name", "generation");
    xml.leaf("FRBRauthor", "href", "#" + prefix + "ipu");
    xml.leaf("FRBRformat", "value", MEDIA_TYPE);
    xml.close();
    xml.close();
  }

  private static void organisations(Xml xml, String prefix, Work work) {
    xml.leaf(
        "TLCOrganization",
        "eId",
        prefix + "ipu",
        "href",
        "/akn/ontology/organizations/int/ipu",
        "showAs",
        "Inter-Parliamentary Union");
    xml.leaf(
        "TLCOrganization",
        "eId",
        prefix + "committee",
        "href",
        "/akn/ontology/organizations/int/ipu/" + work.assembly() + "/" + slug(work.committee()),
        "showAs",
        "Standing Committee on " + committeeName(work.committee()));
  }

  private static void parliament(Xml xml, String eId, ParliamentName parliament) {
    xml.leaf(
        "TLCOrganization",
        "eId",
        eId,
        "href",
        "/akn/ontology/organizations/"
            + parliament.countryCode().toLowerCase(Locale.ROOT)
            + "/parliament",
        "showAs",
        parliament.name());
  }

  private static void preface(Xml xml, String title) {
    xml.open("preface");
    xml.openInline("p", "class", "title");
    xml.inline("docTitle", title);
    xml.closeInline();
    xml.close();
  }

  /** The work's IRI: /akn/int/{type}/ipu/{assembly}/{committee}/{date}/draft-{id}. */
  static String work(Work work, String type) {
    return "/akn/int/"
        + type
        + "/ipu/"
        + work.assembly()
        + "/"
        + slug(work.committee())
        + "/"
        + work.date()
        + "/draft-"
        + work.draft();
  }

  /** The expression's IRI: the work's, its language (ISO 639-2) and edition. */
  static String expression(Work work, String type, String language) {
    return work(work, type) + "/" + language3(language) + "@edition-" + work.edition();
  }

  static String language3(String language) {
    return switch (language) {
      case "en" -> "eng";
      case "fr" -> "fra";
      case "es" -> "spa";
      case "ar" -> "ara";
      default -> throw new IllegalArgumentException("no draft language: " + language);
    };
  }

  private static String slug(String committee) {
    return committee.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String committeeName(String committee) {
    StringBuilder name = new StringBuilder();
    for (String word : committee.toLowerCase(Locale.ROOT).split("_")) {
      if (!name.isEmpty()) {
        name.append(' ');
      }
      name.append(
          word.equals("and") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }

  private static LocalDate date(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  // The paragraphs, numbered.

  /** A paragraph with its number and its eId. */
  record Numbered(Paragraph paragraph, ParagraphNumber number, String eId) {}

  /** The paragraphs numbered as the IPU numbers them, with their eIds. */
  record Layout(List<Numbered> all, Map<Long, Numbered> byId, Map<String, List<Numbered>> points) {

    static Layout of(List<Paragraph> paragraphs) {
      List<ParagraphNumber> numbers =
          Numbering.of(paragraphs.stream().map(Paragraph::kind).toList());
      List<Numbered> all = new ArrayList<>();
      Map<Long, Numbered> byId = new HashMap<>();
      Map<String, List<Numbered>> points = new HashMap<>();
      for (int i = 0; i < paragraphs.size(); i++) {
        ParagraphNumber number = numbers.get(i);
        Numbered numbered = new Numbered(paragraphs.get(i), number, eId(number));
        all.add(numbered);
        byId.put(numbered.paragraph().id(), numbered);
        if (number.kind() == ParagraphKind.SUB_PARAGRAPH) {
          points.computeIfAbsent("para_" + number.number(), k -> new ArrayList<>()).add(numbered);
        }
      }
      return new Layout(List.copyOf(all), byId, points);
    }

    Numbered byId(long id) {
      return byId.get(id);
    }

    List<Numbered> points(Numbered paragraph) {
      return points.getOrDefault(paragraph.eId(), List.of());
    }

    /** The eId of the element holding the paragraph's own words. */
    String textOf(Numbered paragraph) {
      return points(paragraph).isEmpty() ? paragraph.eId() : paragraph.eId() + "__intro";
    }

    /** PP3: recs__rec_3; OP2: para_2; OP2(b): para_2__point_b (Akoma Ntoso's naming convention). */
    static String eId(ParagraphNumber number) {
      return switch (number.kind()) {
        case PREAMBULAR -> "recs__rec_" + number.number();
        case OPERATIVE -> "para_" + number.number();
        case SUB_PARAGRAPH -> "para_" + number.number() + "__point_" + number.letter();
      };
    }
  }

  // Writing.

  private interface Body {
    void write(Xml xml) throws XMLStreamException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      // A factory of its own: the JDK's is not promised to be safe for concurrent use.
      XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      writer.writeStartDocument("UTF-8", "1.0");
      Xml xml = new Xml(writer);
      body.write(xml);
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the Akoma Ntoso document could not be written", e);
    }
    return out.toByteArray();
  }

  /**
   * StAX with indentation of the block structure (two spaces a level); inline content (a
   * paragraph's text and its marks) is written as it is.
   */
  private static final class Xml {

    private final XMLStreamWriter writer;
    private int depth;

    Xml(XMLStreamWriter writer) {
      this.writer = writer;
    }

    void namespace() {
      unchecked(() -> writer.writeDefaultNamespace(NAMESPACE));
    }

    void open(String name, String... attributes) {
      unchecked(
          () -> {
            indent();
            writer.writeStartElement(name);
            attributes(attributes);
            depth++;
          });
    }

    void close() {
      unchecked(
          () -> {
            depth--;
            indent();
            writer.writeEndElement();
          });
    }

    void leaf(String name, String... attributes) {
      unchecked(
          () -> {
            indent();
            writer.writeEmptyElement(name);
            attributes(attributes);
          });
    }

    /** A block-level element whose content is inline: opened on its own line. */
    void openInline(String name, String... attributes) {
      unchecked(
          () -> {
            indent();
            writer.writeStartElement(name);
            attributes(attributes);
          });
    }

    void closeInline() {
      unchecked(writer::writeEndElement);
    }

    /** {@code <p>text</p>} on its own line. */
    void paragraph(String text) {
      openInline("p");
      text(text);
      closeInline();
    }

    /** An element with text, inline (or on its own line where a block is expected). */
    void inline(String name, String text, String... attributes) {
      unchecked(
          () -> {
            if (name.equals("num")) {
              indent();
            }
            writer.writeStartElement(name);
            attributes(attributes);
            writer.writeCharacters(text);
            writer.writeEndElement();
          });
    }

    void text(String text) {
      unchecked(() -> writer.writeCharacters(text));
    }

    /** One step of writing; StAX's checked exception becomes an unchecked one. */
    private interface Step {
      void run() throws XMLStreamException;
    }

    private static void unchecked(Step step) {
      try {
        step.run();
      } catch (XMLStreamException e) {
        throw new IllegalStateException("the Akoma Ntoso document could not be written", e);
      }
    }

    private void attributes(String... attributes) throws XMLStreamException {
      for (int i = 0; i < attributes.length; i += 2) {
        writer.writeAttribute(attributes[i], attributes[i + 1]);
      }
    }

    private void indent() throws XMLStreamException {
      writer.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
