package org.ipu.assembly.platform.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code for a document (ZXing), as a black-and-white PNG with its quiet zone, drawn with whole
 * pixels per module so that a printer renders it sharp, and as the {@code data:} URI a template
 * puts in an {@code <img src>} (documents load nothing from elsewhere).
 */
public final class QrCode {

  /** Pixels per module: about 8 dots per millimetre on a 25 mm code. */
  private static final int SCALE = 8;

  private QrCode() {}

  /** The text as a QR code, PNG; medium error correction (a worn badge still scans). */
  public static byte[] png(String text) {
    BitMatrix modules;
    try {
      modules =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code", e);
    }
    int size = modules.getWidth() * SCALE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        image.setRGB(x, y, modules.get(x / SCALE, y / SCALE) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The text as a QR code, a {@code data:image/png;base64,...} URI. */
  public static String dataUri(String text) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
  }
}
