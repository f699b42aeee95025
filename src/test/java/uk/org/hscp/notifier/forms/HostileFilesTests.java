package uk.org.hscp.notifier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Hostile attachments are refused, quickly and in little memory, with a reason a person can read. */
class HostileFilesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final FormReader reader = new FormReader();

    @Test
    void aPdfWhoseStreamsInflateTo2GiBIsRefused() {
        ReadResult result = reader.read(HostileFiles.pdfInflatingTo2GiB(), TODAY);

        assertThat(result).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                u -> assertThat(u.reason()).contains("expands to more than 16 MiB"));
    }

    @Test
    void aPdfWith200000DrawnLinesIsRefused() {
        ReadResult result = reader.read(HostileFiles.pdfWithDrawnLines(200_000), TODAY);

        assertThat(result).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                u -> assertThat(u.reason()).contains("too complex to be a form"));
    }

    @Test
    void aPdfWithAFewLinesIsReadAsUsual() {
        ReadResult result = reader.read(HostileFiles.pdfWithDrawnLines(20), TODAY);

        assertThat(result).isInstanceOf(ReadResult.NotAForm.class);
    }

    @Test
    void aDocxWhoseHeadersLieAboutTheirSizesIsRefusedAsItInflates() throws Exception {
        byte[] good = Files.readAllBytes(Path.of("..", "shared", "forms", "good", "referral-101-00.docx"));
        assertThat(reader.read(good, TODAY)).isInstanceOf(ReadResult.Read.class);

        ReadResult result = reader.read(HostileFiles.docxWithLyingSizes(good, 200), TODAY);

        assertThat(result).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                u -> assertThat(u.reason()).contains("expands beyond"));
    }
}
