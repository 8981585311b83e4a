package org.ipu.assembly.platform.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.ipu.assembly.platform.AssemblyException;
import org.junit.jupiter.api.Test;

/** Uploads made square JPEGs, or refused with their codes, without a container. */
class SquarePhotoTest {

  private static final int LIMIT_KB = 5120;

  @Test
  void aWidePngBecomesTheCentredSquareAsA600PixelJpeg() throws IOException {
    byte[] png = encode(halves(800, 600, Color.RED, Color.BLUE), "png");

    SquarePhoto photo = SquarePhoto.from(png, LIMIT_KB);

    BufferedImage kept = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
    assertThat(photo.side()).isEqualTo(600);
    assertThat(photo.jpeg()).startsWith(0xFF, 0xD8, 0xFF);
    assertThat(kept.getWidth()).isEqualTo(600);
    assertThat(kept.getHeight()).isEqualTo(600);
    assertThat(dominant(kept.getRGB(150, 300))).as("left of the centre").isEqualTo('r');
    assertThat(dominant(kept.getRGB(450, 300))).as("right of the centre").isEqualTo('b');
  }

  @Test
  void aLargeTallPhotoIsCroppedAndScaledDownAndASmallOneScaledUp() throws IOException {
    SquarePhoto large = SquarePhoto.from(encode(noise(2000, 3100), "jpeg"), LIMIT_KB);
    SquarePhoto small = SquarePhoto.from(encode(noise(250, 200), "png"), LIMIT_KB);

    assertThat(ImageIO.read(new ByteArrayInputStream(large.jpeg())).getWidth()).isEqualTo(600);
    assertThat(ImageIO.read(new ByteArrayInputStream(small.jpeg())).getHeight()).isEqualTo(600);
  }

  @Test
  void theMetadataIsGoneAndTheCamerasOrientationIsApplied() throws IOException {
    byte[] plain = encode(halves(800, 600, Color.RED, Color.BLUE), "jpeg");
    byte[] withExif = withExif(plain, 6, "GPS 46.2044N 6.1432E Geneva, camera XYZ-1");
    assertThat(ExifOrientation.of(withExif)).isEqualTo(6);
    assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("GPS 46.2044N");

    SquarePhoto photo = SquarePhoto.from(withExif, LIMIT_KB);

    String kept = new String(photo.jpeg(), StandardCharsets.ISO_8859_1);
    assertThat(kept).doesNotContain("GPS", "Exif", "XYZ-1");
    assertThat(segments(photo.jpeg())).doesNotContain(0xE1).contains(0xE0);
    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
    assertThat(dominant(upright.getRGB(300, 150)))
        .as("turned a quarter clockwise, the left half is on top")
        .isEqualTo('r');
    assertThat(dominant(upright.getRGB(300, 450))).isEqualTo('b');
  }

  @Test
  void everyOrientationMapsTheSquareOntoItself() {
    for (int orientation = 1; orientation <= 8; orientation++) {
      var transform = ExifOrientation.transform(orientation, 10);
      var corners = new double[] {0, 0, 10, 0, 0, 10, 10, 10}; // each corner must land on a corner
      double[] moved = new double[8];
      transform.transform(corners, 0, moved, 0, 4);
      for (double coordinate : moved) {
        assertThat(coordinate).as("orientation %d", orientation).isIn(0.0, 10.0);
      }
    }
  }

  @Test
  void aTextFileAGifAndATruncatedJpegAreNotImagesWhateverTheyClaim() throws IOException {
    byte[] text = "%PDF-1.4 not a photo at all\n".repeat(40).getBytes(StandardCharsets.UTF_8);
    byte[] gif = encode(noise(300, 300), "gif");
    byte[] jpeg = encode(noise(400, 400), "jpeg");
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);
    byte[] png = encode(noise(400, 400), "png");
    byte[] truncatedPng = Arrays.copyOf(png, png.length / 2);

    for (byte[] upload : new byte[][] {text, gif, truncated, truncatedPng, new byte[0], null}) {
      assertRefused(upload, LIMIT_KB, "photo.not-an-image");
    }
  }

  @Test
  void anUploadOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    byte[] jpeg = encode(noise(600, 600), "jpeg");
    int limitKb = jpeg.length / 1024 - 1;

    assertThatThrownBy(() -> SquarePhoto.from(jpeg, limitKb))
        .isInstanceOfSatisfying(
            AssemblyException.class,
            refused -> {
              assertThat(refused.getCode()).isEqualTo("photo.too-large");
              assertThat(refused.getArguments()).containsExactly(limitKb);
            });
  }

  @Test
  void aPhotoUnder200PixelsOnASideIsTooSmall() throws IOException {
    assertThatThrownBy(() -> SquarePhoto.from(encode(noise(199, 800), "png"), LIMIT_KB))
        .isInstanceOfSatisfying(
            AssemblyException.class,
            refused -> {
              assertThat(refused.getCode()).isEqualTo("photo.too-small");
              assertThat(refused.getArguments()).containsExactly(199, 800, 200);
            });
  }

  @Test
  void aSmallFileAnnouncingAHugeImageIsRefusedFromItsHeader() {
    byte[] bomb = pngHeader(50_000, 50_000);
    assertThat(bomb.length).isLessThan(100);

    assertThatThrownBy(() -> SquarePhoto.from(bomb, LIMIT_KB))
        .isInstanceOfSatisfying(
            AssemblyException.class,
            refused -> {
              assertThat(refused.getCode()).isEqualTo("photo.too-many-pixels");
              assertThat(refused.getArguments()).containsExactly(50_000, 50_000, 40L);
            });
  }

  private static void assertRefused(byte[] upload, int limitKb, String code) {
    assertThatThrownBy(() -> SquarePhoto.from(upload, limitKb))
        .isInstanceOf(AssemblyException.class)
        .hasMessage(code);
  }

  private static BufferedImage halves(int width, int height, Color left, Color right) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(left);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(right);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  private static BufferedImage noise(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(width * 31L + height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  /** 'r', 'g' or 'b': the strongest channel of a pixel. */
  private static char dominant(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return r >= g && r >= b ? 'r' : g >= b ? 'g' : 'b';
  }

  /** The JPEG with an APP1 EXIF segment after its APP0: an orientation and a description. */
  private static byte[] withExif(byte[] jpeg, int orientation, String description) {
    byte[] text = (description + "\0").getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + text.length);
    tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(8 + 2 + 24 + 4);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0).put(text);
    byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int length = 2 + exif.length + tiff.capacity();
    ByteBuffer segment = ByteBuffer.allocate(2 + length);
    segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array());
    int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    ByteBuffer result = ByteBuffer.allocate(jpeg.length + segment.capacity());
    result.put(jpeg, 0, afterApp0).put(segment.array());
    result.put(jpeg, afterApp0, jpeg.length - afterApp0);
    return result.array();
  }

  /** The markers of a JPEG's segments before its image data. */
  private static java.util.List<Integer> segments(byte[] jpeg) {
    java.util.List<Integer> markers = new java.util.ArrayList<>();
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at + 1] & 0xFF) != 0xDA) {
      markers.add(jpeg[at + 1] & 0xFF);
      at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
    }
    return markers;
  }

  /** A PNG signature and header announcing an image of the size, and nothing else. */
  private static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(4 + 13);
    ihdr.put("IHDR".getBytes(StandardCharsets.ISO_8859_1)).putInt(width).putInt(height);
    ihdr.put(new byte[] {8, 2, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    return png.array();
  }
}
