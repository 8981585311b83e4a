package org.ipu.assembly.amendments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.ipu.assembly.amendments.control.AkomaNtoso.Paragraph;
import org.ipu.assembly.amendments.control.AkomaNtoso.Text;
import org.ipu.assembly.amendments.control.AkomaNtoso.Work;
import org.ipu.assembly.amendments.control.Views.AmendmentView;
import org.ipu.assembly.amendments.control.Views.CoSponsorView;
import org.ipu.assembly.amendments.control.Views.ParliamentName;
import org.ipu.assembly.amendments.rules.AmendmentKind;
import org.ipu.assembly.amendments.rules.BaseParagraph;
import org.ipu.assembly.amendments.rules.Change;
import org.ipu.assembly.amendments.rules.Change.NewParagraph;
import org.ipu.assembly.amendments.rules.Change.ParagraphDeletion;
import org.ipu.assembly.amendments.rules.Change.WordChange;
import org.ipu.assembly.amendments.rules.ParagraphKind;
import org.ipu.assembly.amendments.rules.Words;
import org.ipu.assembly.testkit.AkomaNtosoSchema;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Akoma Ntoso exports: valid against the OASIS schema, byte-identical for the same data, each
 * kind of change the textualMod type it is, the draft numbered as the IPU numbers it.
 */
class AkomaNtosoTest {

  static final Work WORK =
      new Work(
          153,
          "SUSTAINABLE_DEVELOPMENT",
          7,
          2,
          LocalDate.of(2026, 9, 1),
          ZoneId.of("Europe/Zurich"),
          "draftResolution");

  static final List<BaseParagraph> BASE =
      List.of(
          BaseParagraph.of("11", ParagraphKind.PREAMBULAR, 1, "Recalling the Paris Agreement,"),
          BaseParagraph.of(
              "12",
              ParagraphKind.PREAMBULAR,
              1,
              "Noting that \"climate & trade\" < climate & peace,"),
          BaseParagraph.of("13", ParagraphKind.OPERATIVE, 1, "Calls on parliaments to act;"),
          BaseParagraph.of("14", ParagraphKind.OPERATIVE, 1, "Urges governments:"),
          BaseParagraph.of("15", ParagraphKind.SUB_PARAGRAPH, 1, "to reduce emissions;"),
          BaseParagraph.of("16", ParagraphKind.SUB_PARAGRAPH, 1, "to adapt;"),
          BaseParagraph.of("17", ParagraphKind.OPERATIVE, 1, "Decides to remain seized."));

  static final Text TEXT =
      new Text(
          "en",
          "Climate <action> & \"trade\" — العمل المناخي",
          BASE.stream()
              .map(p -> new Paragraph(Long.parseLong(p.id()), p.kind(), p.text()))
              .toList());

  static List<AmendmentView> amendments() {
    List<AmendmentView> amendments = new ArrayList<>();
    // 1: substitution in PP2 (words 2-4: "\"climate & trade\""), justification with <, & and
    // quotes.
    amendments.add(
        view(
            1,
            "en",
            WordChange.replace(BASE.get(1), 2, 5, "'fair' <trade> & aid"),
            BASE.get(1),
            "Clearer: \"fair\" < 'unfair' & more."));
    // 2: deletion of words in OP1.
    amendments.add(view(2, "en", WordChange.delete(BASE.get(2), 2, 3), BASE.get(2), ""));
    // 3: insertion of words in OP2 (which has sub-paragraphs), in Arabic.
    amendments.add(
        view(
            3,
            "ar",
            WordChange.insert(BASE.get(3), 1, "وبرلمانات"),
            BASE.get(3),
            "تعديل لغوي & \"توضيح\""));
    // 4: a new sub-paragraph after OP2(b).
    amendments.add(
        view(
            4,
            "fr",
            new NewParagraph("16", 1, ParagraphKind.SUB_PARAGRAPH, Words.of("de coopérer ;")),
            BASE.get(5),
            "Coopération."));
    // 5: deletion of OP3.
    amendments.add(view(5, "en", ParagraphDeletion.of(BASE.get(6)), BASE.get(6), null));
    return amendments;
  }

  static AmendmentView view(
      int number, String language, Change change, BaseParagraph base, String justification) {
    String original = "";
    String text = "";
    int from = 0;
    int to = 0;
    String newKind = null;
    if (change instanceof WordChange words) {
      from = words.from();
      to = words.to();
      original = Words.join(words.expected());
      text = Words.join(words.replacement());
    } else if (change instanceof NewParagraph added) {
      text = Words.join(added.words());
      newKind = added.kind().name();
    } else {
      original = Words.join(((ParagraphDeletion) change).expected());
    }
    return new AmendmentView(
        100 + number,
        1,
        7,
        number,
        new ParliamentName(number, "FR", "France & \"Outre-mer\""),
        List.of(
            new CoSponsorView(31, "KE", "Kenya", true),
            new CoSponsorView(32, "BR", "Brazil", false),
            new CoSponsorView(33, "EG", "مصر", true)),
        language,
        AmendmentKind.of(change).name(),
        Long.parseLong(base.id()),
        "",
        change.version(),
        from,
        to,
        original,
        text,
        newKind,
        justification,
        "TABLED",
        false,
        false,
        Drafts.segments(Drafts.tracked(base.words(), change)),
        List.of(),
        Instant.parse("2026-09-20T22:30:00Z"),
        null);
  }

  @Test
  void theStatementIsValidAkomaNtoso() {
    byte[] xml = AkomaNtoso.statement(WORK, TEXT);

    AkomaNtosoSchema.validate(xml);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<statement name=\"draftResolution\"")
        .contains(
            "<FRBRuri value=\"/akn/int/statement/ipu/153/sustainable-development/2026-09-01/draft-7\"/>")
        .contains(
            "/akn/int/statement/ipu/153/sustainable-development/2026-09-01/draft-7/eng@edition-2")
        .contains("<FRBRlanguage language=\"eng\"/>")
        .contains("Climate &lt;action&gt; &amp; \"trade\" — العمل المناخي")
        .contains("Noting that \"climate &amp; trade\" &lt; climate &amp; peace,");
  }

  @Test
  void theParagraphsAreNumberedAsTheIpuNumbersThem() throws Exception {
    Document statement = parse(AkomaNtoso.statement(WORK, TEXT));

    assertThat(eIds(statement, "recital")).containsExactly("recs__rec_1", "recs__rec_2");
    assertThat(eIds(statement, "paragraph")).containsExactly("para_1", "para_2", "para_3");
    assertThat(eIds(statement, "point")).containsExactly("para_2__point_a", "para_2__point_b");
    assertThat(texts(statement, "num")).containsExactly("1.", "2.", "(a)", "(b)", "3.");
    assertThat(xpath(statement, "//*[@eId='para_2__intro']/*[local-name()='p']"))
        .isEqualTo("Urges governments:");
    assertThat(xpath(statement, "//*[@eId='para_2__point_b']//*[local-name()='p']"))
        .isEqualTo("to adapt;");
  }

  @Test
  void theAmendmentListIsValidAkomaNtoso() {
    byte[] xml = AkomaNtoso.amendmentList(WORK, TEXT, amendments());

    AkomaNtosoSchema.validate(xml);
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<amendmentList name=\"amendmentList\"")
        .contains("<FRBRlanguage language=\"ara\"/>")
        .contains("<ins eId=\"cmp_3__ins\">وبرلمانات</ins>")
        .contains("'fair' &lt;trade&gt; &amp; aid")
        .contains("تعديل لغوي &amp; \"توضيح\"");
  }

  @Test
  void eachChangeIsTheTextualModItIs() throws Exception {
    Document list = parse(AkomaNtoso.amendmentList(WORK, TEXT, amendments()));
    String statement = "/akn/int/statement/ipu/153/sustainable-development/2026-09-01/draft-7/";

    assertThat(mod(list, 1, "@type")).isEqualTo("substitution");
    assertThat(mod(list, 1, "destination/@href"))
        .isEqualTo(statement + "eng@edition-2#recs__rec_2");
    assertThat(text(list, mod(list, 1, "old/@href"))).isEqualTo("\"climate & trade\"");
    assertThat(text(list, mod(list, 1, "new/@href"))).isEqualTo("'fair' <trade> & aid");

    assertThat(mod(list, 2, "@type")).isEqualTo("repeal");
    assertThat(mod(list, 2, "destination/@href")).isEqualTo(statement + "eng@edition-2#para_1");
    assertThat(text(list, mod(list, 2, "old/@href"))).isEqualTo("parliaments");
    assertThat(mod(list, 2, "new/@href")).isEmpty();

    assertThat(mod(list, 3, "@type")).isEqualTo("insertion");
    assertThat(mod(list, 3, "destination/@href"))
        .isEqualTo(statement + "ara@edition-2#para_2__intro");
    assertThat(text(list, mod(list, 3, "new/@href"))).isEqualTo("وبرلمانات");
    assertThat(mod(list, 3, "old/@href")).isEmpty();

    assertThat(mod(list, 4, "@type")).isEqualTo("insertion");
    assertThat(mod(list, 4, "destination/@href"))
        .isEqualTo(statement + "fra@edition-2#para_2__point_b");
    assertThat(mod(list, 4, "destination/@pos")).isEqualTo("after");
    assertThat(text(list, mod(list, 4, "new/@href"))).isEqualTo("de coopérer ;");

    assertThat(mod(list, 5, "@type")).isEqualTo("repeal");
    assertThat(mod(list, 5, "destination/@href")).isEqualTo(statement + "eng@edition-2#para_3");
    assertThat(text(list, mod(list, 5, "old/@href"))).isEqualTo("Decides to remain seized.");
  }

  @Test
  void eachAmendmentNamesItsNumberSponsorsAndJustification() throws Exception {
    Document list = parse(AkomaNtoso.amendmentList(WORK, TEXT, amendments()));

    String first = "//*[@eId='cmp_1']";
    assertThat(xpath(list, first + "//*[local-name()='docNumber']")).isEqualTo("1");
    // The sponsor and the co-sponsors who confirmed, as organisations the document refers to.
    assertThat(texts(list, "docProponent").subList(0, 3))
        .containsExactly("France & \"Outre-mer\"", "مصر", "Kenya");
    assertThat(
            xpath(
                list,
                first + "//*[local-name()='TLCOrganization'][@eId='cmp_1__cosponsor_ke']/@href"))
        .isEqualTo("/akn/ontology/organizations/ke/parliament");
    assertThat(xpath(list, first + "//*[local-name()='FRBRauthor'][1]/@href"))
        .isEqualTo("#cmp_1__sponsor");
    assertThat(list.getDocumentElement().getTextContent()).doesNotContain("Brazil");
    assertThat(xpath(list, first + "//*[local-name()='amendmentJustification']"))
        .contains("Clearer: \"fair\" < 'unfair' & more.");
    assertThat(xpath(list, "//*[@eId='cmp_5']//*[local-name()='amendmentJustification']"))
        .isEmpty();
    assertThat(xpath(list, "//*[@eId='cmp_draft__ref']/@href"))
        .isEqualTo(
            "/akn/int/statement/ipu/153/sustainable-development/2026-09-01/draft-7/eng@edition-2");
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    assertThat(AkomaNtoso.statement(WORK, TEXT)).isEqualTo(AkomaNtoso.statement(WORK, TEXT));
    assertThat(AkomaNtoso.amendmentList(WORK, TEXT, amendments()))
        .isEqualTo(AkomaNtoso.amendmentList(WORK, TEXT, amendments()));
  }

  @Test
  void aDraftWithoutAmendmentsOrOperativeParagraphsIsStillValid() {
    Text preambleOnly =
        new Text("fr", "Titre", List.of(new Paragraph(1, ParagraphKind.PREAMBULAR, "Rappelant,")));

    AkomaNtosoSchema.validate(AkomaNtoso.statement(WORK, preambleOnly));
    AkomaNtosoSchema.validate(AkomaNtoso.amendmentList(WORK, preambleOnly, List.of()));
  }

  @Test
  void anAmendmentToAParagraphTakenOutNamesTheDraftOnly() throws Exception {
    Text withoutOp3 = new Text("en", TEXT.title(), TEXT.paragraphs().subList(0, 6));

    byte[] xml = AkomaNtoso.amendmentList(WORK, withoutOp3, amendments());

    AkomaNtosoSchema.validate(xml);
    assertThat(mod(parse(xml), 5, "destination/@href"))
        .isEqualTo(
            "/akn/int/statement/ipu/153/sustainable-development/2026-09-01/draft-7/eng@edition-2");
  }

  @Test
  void theSchemaRefusesWhatIsNotAkomaNtoso() {
    byte[] wrong =
        new String(AkomaNtoso.statement(WORK, TEXT), StandardCharsets.UTF_8)
            .replace("<mainBody>", "<mainBody><recital/>")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> AkomaNtosoSchema.validate(wrong))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not valid Akoma Ntoso");
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> eIds(Document document, String element) {
    NodeList nodes = document.getElementsByTagNameNS(AkomaNtoso.NAMESPACE, element);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("eId"));
    }
    return ids;
  }

  private static List<String> texts(Document document, String element) {
    NodeList nodes = document.getElementsByTagNameNS(AkomaNtoso.NAMESPACE, element);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static String mod(Document list, int number, String path) throws Exception {
    String mod = "//*[@eId='cmp_" + number + "__mod_1']";
    String[] steps = path.split("/");
    StringBuilder xpath = new StringBuilder(mod);
    for (String step : steps) {
      xpath.append('/').append(step.startsWith("@") ? step : "*[local-name()='" + step + "']");
    }
    return xpath(list, xpath.toString());
  }

  /** The text of the element an href ({@code #eId}) names. */
  private static String text(Document document, String href) throws Exception {
    assertThat(href).startsWith("#");
    return xpath(document, "//*[@eId='" + href.substring(1) + "']");
  }

  private static String xpath(Document document, String expression) throws Exception {
    return (String)
        XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.STRING);
  }
}
