package org.ipu.assembly.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipu.assembly.accreditation.boundary.BadgeCard;
import org.ipu.assembly.accreditation.rules.BadgeToken;
import org.ipu.assembly.platform.documents.DocumentRenderer;
import org.ipu.assembly.registration.rules.ParticipantCategory;
import org.ipu.assembly.roster.entity.Parliament;
import org.ipu.assembly.web.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * Badges rendered and read back as the printer gets them: one card per page, a QR code that reads.
 */
class BadgeSheetTest {

  private final DocumentRenderer documents = new DocumentRenderer();

  @Test
  void eachBadgeIsACardWithTheNameTheDelegationTheCategoryAndAQrCodeOfItsToken() throws Exception {
    String first = BadgeToken.random();
    String second = BadgeToken.random();
    List<BadgeCard> cards =
        List.of(
            card(
                1,
                "Dr",
                "Anne",
                "Lefèvre",
                "FR",
                ParticipantCategory.MEMBER_OF_PARLIAMENT,
                true,
                photo(),
                first),
            card(
                2,
                null,
                "Wanjiru",
                "Kamau",
                "KE",
                ParticipantCategory.ADVISER,
                false,
                null,
                second));

    byte[] pdf = render(cards, Language.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Dr Anne", "Lefèvre", "France", "Head of delegation", "Member of parliament")
          .contains("Wanjiru", "Kamau", "Kenya", "Adviser")
          .contains("IPU Assembly 152 · Geneva");
      assertThat(qrCodes(document.getPage(0))).containsExactly(first);
      assertThat(qrCodes(document.getPage(1))).containsExactly(second);
      // 54 x 86 mm
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(152f, 154f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(243f, 245f);
    }
  }

  @Test
  void aLongNameStaysOnItsCardWithItsQrCode() throws Exception {
    String token = BadgeToken.random();
    byte[] pdf =
        render(
            List.of(
                card(
                    1,
                    "His Excellency",
                    "Jean-Baptiste Marie Emmanuel",
                    "Head of delegation (Saint Vincent and the Grenadines) de la Tour d’Auvergne",
                    "VC",
                    ParticipantCategory.MEMBER_OF_PARLIAMENT,
                    true,
                    photo(),
                    token)),
            Language.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(qrCodes(document.getPage(0))).containsExactly(token);
    }
  }

  @Test
  void aBatchIsRenderedInPartsJoinedInOrder() throws Exception {
    List<BadgeCard> cards = new ArrayList<>();
    for (int i = 0; i < BadgeSheet.PER_PART + 3; i++) {
      cards.add(
          card(
              i,
              null,
              "Given" + i,
              "Family" + i,
              "BR",
              ParticipantCategory.ACCOMPANYING_PERSON,
              false,
              null,
              BadgeToken.random()));
    }
    List<Integer> progress = new ArrayList<>();
    byte[] pdf =
        documents.pdfInParts(
            BadgeSheet.TEMPLATE,
            BadgeSheet.parts(cards, "IPU Assembly 152 · Geneva", Language.EN),
            Language.EN.locale(),
            progress::add);

    assertThat(progress).containsExactly(1, 2);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(cards.size());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(BadgeSheet.PER_PART + 1);
      stripper.setEndPage(BadgeSheet.PER_PART + 1);
      assertThat(stripper.getText(document)).contains("Family" + BadgeSheet.PER_PART);
    }
  }

  @Test
  void inArabicTheDelegationAndTheCategoryReadInArabic() throws Exception {
    String token = BadgeToken.random();
    byte[] pdf =
        render(
            List.of(
                card(
                    1,
                    null,
                    "Amina",
                    "Haddad",
                    "MA",
                    ParticipantCategory.MEMBER_OF_PARLIAMENT,
                    true,
                    null,
                    token)),
            Language.AR);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("المغرب").contains("رئيس الوفد").contains("Haddad");
      assertThat(qrCodes(document.getPage(0))).containsExactly(token);
    }
  }

  private byte[] render(List<BadgeCard> cards, Language language) {
    return documents.pdfInParts(
        BadgeSheet.TEMPLATE,
        BadgeSheet.parts(cards, "IPU Assembly 152 · Geneva", language),
        language.locale(),
        done -> {});
  }

  /** The texts of the QR codes among the page's images. */
  static List<String> qrCodes(PDPage page) throws Exception {
    List<String> texts = new ArrayList<>();
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
        BufferedImage picture = image.getImage();
        int[] pixels =
            picture.getRGB(
                0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        try {
          // the code fills its image: its modules are read where they are
          texts.add(
              new QRCodeReader()
                  .decode(
                      new BinaryBitmap(
                          new HybridBinarizer(
                              new RGBLuminanceSource(
                                  picture.getWidth(), picture.getHeight(), pixels))),
                      java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                  .getText());
        } catch (com.google.zxing.ReaderException notAQrCode) {
          // the photo
        }
      }
    }
    return texts;
  }

  private static BadgeCard card(
      long id,
      String title,
      String given,
      String family,
      String country,
      ParticipantCategory category,
      boolean head,
      byte[] photo,
      String token) {
    return new BadgeCard(
        id, title, given, family, Parliament.ofCountry(country), category, head, photo, token);
  }

  private static byte[] photo() throws Exception {
    BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(120, 90, 60));
    g.fillOval(150, 100, 300, 400);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
