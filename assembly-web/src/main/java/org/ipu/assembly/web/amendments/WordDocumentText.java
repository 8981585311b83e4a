package org.ipu.assembly.web.amendments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ipu.assembly.platform.AssemblyException;

/**
 * A draft resolution in a Word file (.docx, Apache POI) as the text the Secretariat would paste:
 * one paragraph a line. Word's own list numbering is not part of a paragraph's text, so a numbered
 * paragraph of the first level becomes "1. ..." and one of a deeper level "(a) ...": the draft's
 * splitter then reads them as operative paragraphs and sub-paragraphs. Empty paragraphs are left
 * out. The Secretariat sees the text and corrects it before creating the draft.
 */
public final class WordDocumentText {

  /** The largest Word file read (5 MB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private WordDocumentText() {}

  public static String of(byte[] docx) {
    if (docx == null || docx.length == 0) {
      throw AssemblyException.invalid("draft.docx.invalid");
    }
    if (docx.length > MAX_BYTES) {
      throw AssemblyException.invalid("draft.docx.too-large", MAX_BYTES / (1024 * 1024));
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> lines = new ArrayList<>();
      int operative = 0;
      int sub = 0;
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        String text = paragraph.getText() == null ? "" : paragraph.getText().strip();
        if (text.isEmpty()) {
          continue;
        }
        if (paragraph.getNumID() == null) {
          lines.add(text);
          continue;
        }
        BigInteger level = paragraph.getNumIlvl();
        if (level == null || level.signum() == 0) {
          operative++;
          sub = 0;
          lines.add(operative + ". " + text);
        } else {
          sub++;
          lines.add("(" + (char) ('a' + (sub - 1) % 26) + ") " + text);
        }
      }
      return String.join("\n", lines);
    } catch (IOException | RuntimeException notAWordFile) {
      if (notAWordFile instanceof AssemblyException refused) {
        throw refused;
      }
      throw AssemblyException.invalid("draft.docx.invalid");
    }
  }
}
