package org.ipu.assembly.platform.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.ipu.assembly.platform.AssemblyException;

/**
 * A photo as the Assembly keeps it: a square JPEG of {@value #SIDE} by {@value #SIDE} pixels, made
 * from an upload that is checked first. The upload must be a JPEG or a PNG by its own first bytes
 * (whatever it claims to be), at most the given size, at least {@value #MIN_SIDE} pixels on its
 * shorter side, and of at most {@value #MAX_PIXELS} pixels, read from its header before a pixel is
 * decoded (a small file can announce an enormous image). The centred square is decoded, turned
 * upright as the camera noted (EXIF orientation), scaled and encoded again, so nothing of the
 * original file is kept: no camera, no place, no date.
 *
 * @param jpeg the encoded photo
 * @param side its width and height, in pixels
 */
public record SquarePhoto(byte[] jpeg, int side) {

  /** The side of every photo kept. */
  public static final int SIDE = 600;

  /** The shortest side an upload may have. */
  public static final int MIN_SIDE = 200;

  /** The most pixels an upload may announce (40 megapixels). */
  public static final long MAX_PIXELS = 40_000_000L;

  static final float QUALITY = 0.85f;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /**
   * The photo made from an upload, or refused: {@code photo.too-large} (with the limit in
   * kilobytes), {@code photo.not-an-image} (not a JPEG or PNG, or damaged), {@code
   * photo.too-many-pixels} (width, height, the limit in megapixels) or {@code photo.too-small}
   * (width, height, the shortest side accepted).
   */
  public static SquarePhoto from(byte[] upload, int maxKilobytes) {
    if (upload != null && upload.length > maxKilobytes * 1024L) {
      throw AssemblyException.invalid("photo.too-large", maxKilobytes);
    }
    String format = format(upload);
    int orientation = format.equals("jpeg") ? ExifOrientation.of(upload) : 1;
    BufferedImage square = decodedSquare(upload, format);
    return new SquarePhoto(jpeg(scaled(square, orientation, SIDE)), SIDE);
  }

  /** The format by the upload's first bytes: {@code jpeg} or {@code png}. */
  private static String format(byte[] upload) {
    if (startsWith(upload, JPEG)) {
      return "jpeg";
    }
    if (startsWith(upload, PNG)) {
      return "png";
    }
    throw notAnImage();
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes != null
        && bytes.length >= magic.length
        && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  /**
   * The centred square of the image, decoded after its size was checked on the header alone, and
   * subsampled while decoding when it is much larger than needed. A damaged image (one the reader
   * warns about, such as a truncated JPEG) is refused.
   */
  private static BufferedImage decodedSquare(byte[] upload, String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no image reader for " + format);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if ((long) width * height > MAX_PIXELS) {
        throw AssemblyException.invalid(
            "photo.too-many-pixels", width, height, MAX_PIXELS / 1_000_000);
      }
      if (Math.min(width, height) < MIN_SIDE) {
        throw AssemblyException.invalid("photo.too-small", width, height, MIN_SIDE);
      }
      int side = Math.min(width, height);
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
      int step = Math.max(1, side / (2 * SIDE));
      param.setSourceSubsampling(step, step, 0, 0);
      boolean[] damaged = {false};
      reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
      BufferedImage square = reader.read(0, param);
      if (damaged[0]) {
        throw notAnImage();
      }
      return square;
    } catch (AssemblyException refused) {
      throw refused;
    } catch (IOException | RuntimeException unreadable) {
      // The readers fail in many ways on a damaged file (index out of bounds, bad Huffman table).
      throw notAnImage();
    } finally {
      reader.dispose();
    }
  }

  /**
   * The square, upright, in RGB on white (a transparent PNG has no black corners), halved while it
   * is at least twice the side wanted (each step averages its pixels), then brought to the side.
   */
  static BufferedImage scaled(BufferedImage square, int orientation, int side) {
    int size = Math.min(square.getWidth(), square.getHeight());
    BufferedImage current = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D upright = current.createGraphics();
    try {
      upright.setColor(Color.WHITE);
      upright.fillRect(0, 0, size, size);
      upright.drawImage(square, ExifOrientation.transform(orientation, size), null);
    } finally {
      upright.dispose();
    }
    while (size / 2 >= side) {
      size /= 2;
      current = resized(current, size);
    }
    return size == side ? current : resized(current, side);
  }

  private static BufferedImage resized(BufferedImage image, int side) {
    BufferedImage resized = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = resized.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      double scale = (double) side / image.getWidth();
      g.drawImage(image, AffineTransform.getScaleInstance(scale, scale), null);
    } finally {
      g.dispose();
    }
    return resized;
  }

  /** The image as a baseline JPEG with no metadata but the JFIF header. */
  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException inMemory) {
      throw new IllegalStateException("encoding a JPEG in memory failed", inMemory);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static AssemblyException notAnImage() {
    return AssemblyException.invalid("photo.not-an-image");
  }
}
