package org.ipu.assembly.web.amendments;

import java.util.List;
import org.ipu.assembly.amendments.control.Views.ParagraphView;

/** Small helpers the amendment pages share. */
final class Segments {

  private Segments() {}

  /** A paragraph's words, as the amendments count them (split on white space). */
  static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }

  /** The paragraph's text in a language (null if it has none). */
  static String text(ParagraphView p, String language) {
    return switch (language) {
      case "fr" -> p.fr();
      case "es" -> p.es();
      case "ar" -> p.ar();
      default -> p.en();
    };
  }

  static int revision(ParagraphView p, String language) {
    return switch (language) {
      case "fr" -> p.revisionFr();
      case "es" -> p.revisionEs();
      case "ar" -> p.revisionAr();
      default -> p.revisionEn();
    };
  }
}
