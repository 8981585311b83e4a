package org.ipu.assembly.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipu.assembly.registration.rules.ParticipantCategory.ADVISER;
import static org.ipu.assembly.registration.rules.ParticipantCategory.MEMBER_OF_PARLIAMENT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ipu.assembly.accreditation.boundary.ParticipantList;
import org.ipu.assembly.accreditation.boundary.VisaLetters;
import org.ipu.assembly.accreditation.rules.ListedDelegation;
import org.ipu.assembly.accreditation.rules.ListedParticipant;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.registration.rules.ListConsent;
import org.ipu.assembly.roster.entity.AssemblySession;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The list of participants and a visa letter, rendered and read back as the reader gets them. */
class ParticipantListDocumentTest {

  private static final AssemblySession ASSEMBLY =
      new AssemblySession(
          152, "Geneva", "CH", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 15));

  private final DocumentRenderer documents = new DocumentRenderer();

  private static ParticipantList.Listing listing() {
    return new ParticipantList.Listing(
        ASSEMBLY,
        ListConsent.PARTICIPANTS,
        List.of(
            new ListedDelegation(
                "Kenya",
                "KE",
                List.of(
                    new ListedParticipant("Hon.", "Grace", "Odhiambo", MEMBER_OF_PARLIAMENT, true),
                    new ListedParticipant(null, "=Peter", "Mwangi", ADVISER, false))),
            new ListedDelegation(
                "Brazil",
                "BR",
                List.of(
                    new ListedParticipant("Hon.", "Ana", "Silva", MEMBER_OF_PARLIAMENT, false)))));
  }

  @Test
  void theCsvAndTheXlsxHoldTheSameRowsAsThePdfsPeople() throws IOException {
    ParticipantList.Listing listing = listing();
    List<List<String>> rows = ParticipantListDocument.rows(listing, Language.EN);

    assertThat(rows)
        .containsExactly(
            List.of("Kenya", "Hon.", "Grace", "Odhiambo", "Member of parliament", "Yes"),
            java.util.Arrays.asList("Kenya", null, "=Peter", "Mwangi", "Adviser", null),
            java.util.Arrays.asList(
                "Brazil", "Hon.", "Ana", "Silva", "Member of parliament", null));
    assertThat(ParticipantListDocument.csv(listing, Language.EN))
        .startsWith(
            "Delegation,Title,Given names,Family name,Category,Head of delegation\r\n"
                + "Kenya,Hon.,Grace,Odhiambo,Member of parliament,Yes\r\n"
                + "Kenya,,'=Peter,Mwangi,Adviser,\r\n");

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(ParticipantListDocument.xlsx(listing, Language.EN)))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("List of participants");
      List<List<String>> read = new ArrayList<>();
      DataFormatter formatter = new DataFormatter();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
          String value = formatter.formatCellValue(row.getCell(c));
          values.add(value.isEmpty() ? null : value);
        }
        read.add(values);
      }
      assertThat(read.subList(1, read.size())).isEqualTo(rows);
      assertThat(sheet.getRow(2).getCell(2).getCellType())
          .as("a text that looks like a formula stays text")
          .isEqualTo(CellType.STRING);
      assertThat(sheet.isRightToLeft()).isFalse();
    }

    String pdf =
        text(
            documents.pdf(
                ParticipantListDocument.TEMPLATE,
                ParticipantListDocument.model(listing, Language.EN),
                Language.EN.locale()));
    assertThat(pdf)
        .contains("List of participants (for participants)")
        .contains("3 participants from 2 delegations")
        .contains("Hon. Grace Odhiambo Member of parliament · Head of delegation")
        .contains("=Peter Mwangi Adviser")
        .contains("Hon. Ana Silva Member of parliament");
    assertThat(pdf.indexOf("Kenya")).isLessThan(pdf.indexOf("Brazil"));
  }

  @Test
  void inArabicTheSheetReadsRightToLeftAndTheWordsAreArabic() throws IOException {
    ParticipantList.Listing listing = listing();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(ParticipantListDocument.xlsx(listing, Language.AR)))) {
      assertThat(workbook.getSheetAt(0).isRightToLeft()).isTrue();
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue())
          .isEqualTo("برلماني");
    }
    String pdf =
        text(
            documents.pdf(
                ParticipantListDocument.TEMPLATE,
                ParticipantListDocument.model(listing, Language.AR),
                Language.AR.locale()));
    assertThat(pdf).contains("قائمة المشاركين (مخصصة للمشاركين)").contains("برلماني · رئيس الوفد");
  }

  @Test
  void aVisaLetterNamesTheParticipantTheirParliamentTheAssemblyAndWhoSignedItOff()
      throws IOException {
    VisaLetters.VisaLetter letter =
        new VisaLetters.VisaLetter(
            7,
            "Hon. Grace Odhiambo",
            "en",
            Parliament.ofCountry("KE"),
            ASSEMBLY,
            LocalDateTime.of(2027, 3, 1, 9, 30),
            "Jane Officer");
    Language language = VisaLetterDocument.language(letter);
    String text =
        text(documents.pdf(
                VisaLetterDocument.TEMPLATE,
                VisaLetterDocument.model(letter, language),
                language.locale()))
            .replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Letter of invitation")
        .contains("To whom it may concern")
        .contains(
            "The Inter-Parliamentary Union (IPU) invites Hon. Grace Odhiambo, member of the"
                + " delegation of the parliament of Kenya, to take part in IPU Assembly no. 152,"
                + " to be held in Geneva from April 12, 2027 to April 15, 2027.")
        .contains("Signed off for the IPU Secretariat by Jane Officer on March 1, 2027.");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
