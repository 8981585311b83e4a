package org.ipu.assembly.web.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  private static List<CSVRecord> read(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
    List<String> dangerous =
        List.of("=1+2", "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "=HYPERLINK(\"x\")");
    String csv = SpreadsheetCsv.write(List.of("field"), dangerous.stream().map(List::of).toList());
    List<CSVRecord> records = read(csv);
    for (int i = 0; i < dangerous.size(); i++) {
      assertThat(records.get(i + 1).get(0)).isEqualTo("'" + dangerous.get(i));
    }
  }

  @Test
  void ordinaryTextNumbersAndEmptyFieldsAreKeptAsTheyAre() throws IOException {
    String csv =
        SpreadsheetCsv.write(
            List.of("name", "votes", "note"),
            List.of(
                Arrays.asList("Korea, Republic of", -3, null),
                Arrays.asList("Côte d'Ivoire \"CI\"", 12, "a=b"),
                Arrays.asList("", 0, "")));
    List<CSVRecord> records = read(csv);
    assertThat(records.get(0).values()).containsExactly("name", "votes", "note");
    assertThat(records.get(1).values()).containsExactly("Korea, Republic of", "-3", "");
    assertThat(records.get(2).values()).containsExactly("Côte d'Ivoire \"CI\"", "12", "a=b");
    assertThat(records.get(3).values()).containsExactly("", "0", "");
    assertThat(csv).startsWith("name,votes,note\r\n").contains("\"Korea, Republic of\",-3,\r\n");
  }
}
