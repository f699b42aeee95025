package uk.org.hscp.notifier.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void plainCellsAreWrittenAsTheyAreAndRowsEndInCrlf() {
        assertThat(Csv.row(List.of("12", "HSCP-2026-0007", "SENT"))).isEqualTo("12,HSCP-2026-0007,SENT\r\n");
        assertThat(Csv.row(Arrays.asList("1", null, ""))).isEqualTo("1,,\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(Csv.cell("8.2.4, 9.4.1")).isEqualTo("\"8.2.4, 9.4.1\"");
        assertThat(Csv.cell("the \"Panel\"")).isEqualTo("\"the \"\"Panel\"\"\"");
        assertThat(Csv.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(Csv.cell(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+44 1962")).isEqualTo("'+44 1962");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("550 5.1.1 = unknown")).isEqualTo("550 5.1.1 = unknown");
    }
}
