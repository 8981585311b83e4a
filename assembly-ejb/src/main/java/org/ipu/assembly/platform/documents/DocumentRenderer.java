package org.ipu.assembly.platform.documents;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateScalarModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * Renders a document: its template filled with a model, as XHTML, then as PDF with the shipped
 * fonts embedded. Thread-safe; one instance serves the application.
 *
 * <p>Besides the caller's model, a template sees {@code language.code} (e.g. {@code ar}) and {@code
 * language.direction} ({@code ltr} or {@code rtl}); numbers and dates it formats itself follow the
 * language.
 */
@ApplicationScoped
public class DocumentRenderer {

  /** The FreeMarker behaviour the templates are written for. */
  private static final freemarker.template.Version FREEMARKER = Configuration.VERSION_2_3_35;

  /** The fonts every document may use, by CSS family and weight. */
  private static final List<Font> FONTS =
      List.of(
          new Font("Noto Sans", 400, "NotoSans-Regular.ttf"),
          new Font("Noto Sans", 700, "NotoSans-Bold.ttf"),
          new Font("Noto Sans Arabic", 400, "NotoSansArabic-Regular.ttf"),
          new Font("Noto Sans Arabic", 700, "NotoSansArabic-Bold.ttf"));

  /**
   * openhtmltopdf sets up PDFBox's standard 14 fonts for every document, and PDFBox warns each time
   * that Symbol and ZapfDingbats fall back to another font: our documents use only the fonts above,
   * so that warning is noise. Held here, since a logger's level lasts only while it is referenced.
   */
  private static final Logger STANDARD_FONTS =
      Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

  static {
    STANDARD_FONTS.setLevel(Level.SEVERE);
    // openhtmltopdf writes its progress (fonts loaded, "prepare to fly") at INFO to the console,
    // which the server files as errors: only its warnings are worth a line in the log.
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
  }

  private final Map<String, byte[]> fontFiles = new HashMap<>();

  /** One FreeMarker configuration (and its template cache) per component that owns templates. */
  private final Map<Class<?>, Configuration> configurations = new ConcurrentHashMap<>();

  public DocumentRenderer() {
    for (Font font : FONTS) {
      try (InputStream in = DocumentRenderer.class.getResourceAsStream("fonts/" + font.file())) {
        if (in == null) {
          throw new IllegalStateException("font missing from the build: " + font.file());
        }
        fontFiles.put(font.file(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The document as a PDF file. */
  public byte[] pdf(DocumentTemplate template, Map<String, ?> model, Locale language) {
    String xhtml = xhtml(template, model, language);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .useFastMode()
            .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
            .useUnicodeBidiReorderer(new ICUBidiReorderer())
            .useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(language))
            .defaultTextDirection(rightToLeft(language) ? TextDirection.RTL : TextDirection.LTR)
            .useExternalResourceAccessControl(
                DocumentRenderer::embedded,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                DocumentRenderer::embedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .withProducer("Assembly")
            .withHtmlContent(xhtml, null)
            .toStream(out);
    for (Font font : FONTS) {
      byte[] file = fontFiles.get(font.file());
      builder.useFont(
          () -> new ByteArrayInputStream(file),
          font.family(),
          font.weight(),
          FontStyle.NORMAL,
          true);
    }
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render " + template.name(), e);
    }
    return out.toByteArray();
  }

  /**
   * A long document (hundreds of badges) rendered part by part, each part the template filled with
   * one model, then joined into one PDF in order. {@code progress} hears the number of parts done
   * after each one, so that a page can show how far it got. Parts are rendered one after the other
   * on the caller's thread: a large batch uses one processor and leaves the others to the sitting.
   */
  public byte[] pdfInParts(
      DocumentTemplate template,
      List<? extends Map<String, ?>> parts,
      Locale language,
      IntConsumer progress) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a document has at least one part");
    }
    PDFMergerUtility merger = new PDFMergerUtility();
    int done = 0;
    for (Map<String, ?> part : parts) {
      merger.addSource(new RandomAccessReadBuffer(pdf(template, part, language)));
      progress.accept(++done);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merger.setDestinationStream(out);
    try {
      merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
    } catch (IOException e) {
      throw new UncheckedIOException("could not join the parts of " + template.name(), e);
    }
    return out.toByteArray();
  }

  /** The document as XHTML: the template filled with the model, every value escaped. */
  public String xhtml(DocumentTemplate template, Map<String, ?> model, Locale language) {
    Map<String, Object> data = new HashMap<>(model);
    String direction = rightToLeft(language) ? "rtl" : "ltr";
    data.put("language", Map.of("code", language.getLanguage(), "direction", direction));
    data.put(
        "textDirection",
        (TemplateMethodModelEx)
            arguments ->
                arguments.size() == 1 && arguments.get(0) instanceof TemplateScalarModel text
                    ? directionOf(text.getAsString(), direction)
                    : direction);
    try {
      Template compiled =
          configurations
              .computeIfAbsent(template.origin(), origin -> configuration(template))
              .getTemplate(template.name(), language);
      StringWriter out = new StringWriter();
      var environment = compiled.createProcessingEnvironment(data, out);
      environment.setLocale(language);
      environment.process();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + template.name(), e);
    } catch (TemplateException e) {
      throw new IllegalStateException("could not fill " + template.name(), e);
    }
  }

  /**
   * A document loads nothing from anywhere (no file, no network): the only resources it may use are
   * pictures embedded in it as {@code data:} URIs (a badge's photo and QR code).
   */
  private static boolean embedded(String uri, ExternalResourceType type) {
    return type == ExternalResourceType.IMAGE_RASTER
        && uri != null
        && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
  }

  /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu, ...). */
  public static boolean rightToLeft(Locale language) {
    return ULocale.forLocale(language).isRightToLeft();
  }

  /**
   * The direction of a text of its own (a name, a subject typed by a user): that of its first
   * letter, as Unicode's first-strong rule has it, else {@code otherwise}. A French subject in an
   * Arabic document keeps its punctuation where a French reader expects it.
   */
  public static String directionOf(String text, String otherwise) {
    return switch (Bidi.getBaseDirection(text)) {
      case Bidi.LTR -> "ltr";
      case Bidi.RTL -> "rtl";
      default -> otherwise;
    };
  }

  private static Configuration configuration(DocumentTemplate template) {
    Configuration c = new Configuration(FREEMARKER);
    TemplateLoader own = new ClassTemplateLoader(template.origin(), "");
    TemplateLoader shared = new ClassTemplateLoader(DocumentRenderer.class, "");
    c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {own, shared}));
    // .ftlx: XHTML output with every interpolation escaped.
    c.setRecognizeStandardFileExtensions(true);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setObjectWrapper(new DefaultObjectWrapperBuilder(FREEMARKER).build());
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    return c;
  }

  private record Font(String family, int weight, String file) {}
}
