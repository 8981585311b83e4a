package org.ipu.assembly.web.platform.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV files the Assembly publishes (RFC 4180, with Apache Commons CSV), safe to open in
 * a spreadsheet: a text field that a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading
 * apostrophe, so it shows as the text it is. Numbers are written as they are.
 */
public final class SpreadsheetCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private SpreadsheetCsv() {}

  /** The header line and the rows, each field a {@link Number}, a text or {@code null} (empty). */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header.stream().map(SpreadsheetCsv::field).toList());
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::field).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The value as written: numbers as they are, text neutralised, {@code null} empty. */
  static Object field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value;
    }
    String text = value.toString();
    return startsAFormula(text) ? "'" + text : text;
  }

  private static boolean startsAFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> true;
      default -> false;
    };
  }
}
