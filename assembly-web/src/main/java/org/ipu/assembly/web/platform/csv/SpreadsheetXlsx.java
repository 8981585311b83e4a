package org.ipu.assembly.web.platform.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the spreadsheets (XLSX, with Apache POI) the Assembly publishes, with the same header and
 * rows as its CSV files ({@link SpreadsheetCsv}): one sheet, a bold header row frozen at the top,
 * numbers as numbers and every other value as text. A text cell is never a formula, so nothing a
 * user typed can run in the reader's spreadsheet.
 */
public final class SpreadsheetXlsx {

  private SpreadsheetXlsx() {}

  /**
   * The workbook's bytes.
   *
   * @param sheetName the sheet's name (made valid: at most 31 characters, no {@code []*?/\:})
   * @param rightToLeft whether the sheet reads right to left (Arabic)
   */
  public static byte[] write(
      String sheetName, boolean rightToLeft, List<String> header, List<? extends List<?>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
      sheet.setRightToLeft(rightToLeft);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = first.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(heading);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<?> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      sheet.createFreezePane(0, 1);
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, 24 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
