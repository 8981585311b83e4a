package org.ipu.assembly.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipu.assembly.testkit.Fixtures;

/** Badges printed through the API and read back from their PDF: each page's text and QR code. */
final class Badges {

  /**
   * One printed badge: the page's text (spaces and line breaks as one space) and its QR code's
   * token.
   */
  record Page(String text, String token) {}

  private Badges() {}

  /** Prints the request's badges as {@code api}, waits for the PDF, reads each page. */
  static List<Page> print(Api api, String request) throws Exception {
    JsonObject batch = api.post("/api/badges", request).expect(202).json().asJsonObject();
    String id = batch.getString("id");
    long giveUp = System.currentTimeMillis() + 120_000;
    while (!api.get("/api/badges/batches/" + id)
        .expect(200)
        .json()
        .asJsonObject()
        .getBoolean("ready")) {
      if (System.currentTimeMillis() > giveUp) {
        throw new AssertionError("badges not ready after two minutes");
      }
      Thread.sleep(100); // polling the batch, as the page does
    }
    HttpResponse<byte[]> pdf = api.download("/api/badges/batches/" + id + "/pdf");
    if (pdf.statusCode() != 200) {
      throw new AssertionError("badge PDF: " + pdf.statusCode());
    }
    List<Page> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        List<String> codes = qrCodes(document.getPage(i));
        if (codes.size() != 1) {
          throw new AssertionError("page " + (i + 1) + " has " + codes.size() + " QR codes");
        }
        pages.add(new Page(stripper.getText(document).replaceAll("\\s+", " "), codes.get(0)));
      }
    }
    return pages;
  }

  /** The badge of the person with this family name. */
  static Page of(List<Page> pages, String familyName) {
    return pages.stream()
        .filter(p -> p.text().contains(familyName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no badge of " + familyName + " in " + pages));
  }

  /** The family names of the parliament's participants, the head first. */
  static List<String> families(Fixtures.Parliament parliament) throws Exception {
    return Database.strings(
        "SELECT p.family_name FROM participant p JOIN delegation d ON d.id = p.delegation_id"
            + " WHERE d.parliament_id = ? ORDER BY p.head DESC, p.id",
        parliament.id());
  }

  /** How many arrivals the participant of that family name has (0 or 1). */
  static long arrivals(Fixtures.Parliament parliament, String family) throws Exception {
    return Long.parseLong(
        Database.strings(
                "SELECT COUNT(*) FROM check_in c JOIN participant p ON p.id = c.participant_id"
                    + " JOIN delegation d ON d.id = p.delegation_id"
                    + " WHERE d.parliament_id = ? AND p.family_name = ? AND c.kind = 'ARRIVAL'",
                parliament.id(),
                family)
            .get(0));
  }

  private static List<String> qrCodes(PDPage page) throws Exception {
    List<String> texts = new ArrayList<>();
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
        BufferedImage picture = image.getImage();
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap =
            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
          // the badge's code fills its image: read its modules where they are, not by finding
          // the finder patterns, which some data modules can mimic
          texts.add(
              new QRCodeReader()
                  .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                  .getText());
        } catch (ReaderException notAQrCode) {
          // the photo
        }
      }
    }
    return texts;
  }
}
