package org.ipu.assembly.platform.images;

import java.awt.geom.AffineTransform;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a camera held sideways says a JPEG should be turned: the EXIF orientation (TIFF tag 274, 1 to
 * 8) in the file's APP1 segment. Only that one value is read; the rest of the metadata is dropped
 * with the original file.
 */
final class ExifOrientation {

  private static final int ORIENTATION_TAG = 0x0112;
  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

  private ExifOrientation() {}

  /** The orientation the JPEG notes, 1 (upright) if none or if its metadata cannot be read. */
  static int of(byte[] jpeg) {
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        return 1;
      }
      int length = unsigned16(jpeg, at + 2, false);
      int body = at + 4;
      if (length < 2 || body + length - 2 > jpeg.length) {
        return 1;
      }
      if (marker == 0xE1
          && length - 2 > EXIF.length
          && Arrays.equals(jpeg, body, body + EXIF.length, EXIF, 0, EXIF.length)) {
        return inTiff(jpeg, body + EXIF.length, body + length - 2);
      }
      at = body + length - 2;
    }
    return 1;
  }

  /** The orientation in the TIFF structure between {@code start} and {@code end}, or 1. */
  private static int inTiff(byte[] bytes, int start, int end) {
    if (start + 8 > end) {
      return 1;
    }
    boolean little;
    if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
      little = true;
    } else if (bytes[start] == 'M' && bytes[start + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    long ifd = start + unsigned32(bytes, start + 4, little);
    if (ifd + 2 > end) {
      return 1;
    }
    int entries = unsigned16(bytes, (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd + 2 + 12 * i;
      if (entry + 12 > end) {
        return 1;
      }
      if (unsigned16(bytes, entry, little) == ORIENTATION_TAG) {
        int value = unsigned16(bytes, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  /**
   * The transform that draws a square of {@code side} pixels stored in {@code orientation} upright:
   * mirrored (2), turned half round (3), flipped (4), transposed (5), turned a quarter clockwise
   * (6), transversed (7) or a quarter anticlockwise (8).
   */
  static AffineTransform transform(int orientation, double side) {
    return switch (orientation) {
      case 2 -> new AffineTransform(-1, 0, 0, 1, side, 0);
      case 3 -> new AffineTransform(-1, 0, 0, -1, side, side);
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, side);
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case 6 -> new AffineTransform(0, 1, -1, 0, side, 0);
      case 7 -> new AffineTransform(0, -1, -1, 0, side, side);
      case 8 -> new AffineTransform(0, -1, 1, 0, 0, side);
      default -> new AffineTransform();
    };
  }

  private static int unsigned16(byte[] bytes, int at, boolean little) {
    int a = bytes[at] & 0xFF;
    int b = bytes[at + 1] & 0xFF;
    return little ? (b << 8) | a : (a << 8) | b;
  }

  private static long unsigned32(byte[] bytes, int at, boolean little) {
    long high = unsigned16(bytes, little ? at + 2 : at, little);
    long low = unsigned16(bytes, little ? at : at + 2, little);
    return (high << 16) | low;
  }
}
