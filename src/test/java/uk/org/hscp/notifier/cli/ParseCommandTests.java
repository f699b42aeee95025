package uk.org.hscp.notifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Path GOOD = Path.of("../shared/forms/good");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ParseCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TODAY);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void formPrintsItsContractJsonAndSucceeds() throws IOException {
        String file = GOOD.resolve("referral-101-00.docx").toString();

        int status = run("parse", file);

        assertThat(status).isZero();
        assertThat(errLines()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("formType").asText()).isEqualTo("LIG_REFERRAL");
        assertThat(json.at("/child/dateOfBirth").asText()).isEqualTo("2017-01-17");
        assertThat(out()).contains("\n  \"child\": {");
    }

    @Test
    void fileArgumentAloneWorksToo() {
        assertThat(run(GOOD.resolve("rapid-review-101-00.docx").toString())).isZero();
        assertThat(out()).contains("\"RAPID_REVIEW\"");
    }

    @Test
    void formWithProblemsStillPrintsItsJsonAndWarnsOnePerLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("referral.docx");
        Files.write(file, uk.org.hscp.notifier.forms.DocxFixtures.referralMissingNames());

        int status = run("parse", file.toString());

        assertThat(status).isZero();
        assertThat(out()).contains("\"formType\": \"LIG_REFERRAL\"");
        assertThat(errLines()).containsExactly(
                "warning: " + file + ": Child's First Name: is missing. Enter the child's first name.",
                "warning: " + file + ": Child's Last Name: is missing. Enter the child's last name.");
    }

    @Test
    void missingFileFailsWithOneLine(@TempDir Path dir) {
        String file = dir.resolve("nowhere.docx").toString();

        assertThat(run("parse", file)).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(errLines()).containsExactly("parse: " + file + ": no such file");
    }

    @Test
    void fileThatIsNotAFormFailsWithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, "Dear colleague, thank you for the invitation.");

        assertThat(run("parse", file.toString())).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(errLines()).containsExactly("parse: " + file + ": not a form: the file is not a Word document or a PDF");
    }

    @Test
    void unreadableFileFailsWithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("truncated.docx");
        byte[] docx = Files.readAllBytes(GOOD.resolve("referral-101-00.docx"));
        Files.write(file, java.util.Arrays.copyOf(docx, docx.length / 2));

        assertThat(run("parse", file.toString())).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("parse: " + file + ": unreadable: ");
    }

    @Test
    void libraryLogLinesNeverReachStandardOutputWhenItIsTheJsonStream() throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        int status;
        System.setOut(capture);
        try {
            // reading this PDF makes FontBox log warnings about an embedded font
            status = ParseCommand.run(List.of("parse", GOOD.resolve("referral-101-01.pdf").toString()), capture,
                    new PrintStream(err, true, StandardCharsets.UTF_8), TODAY);
        } finally {
            System.setOut(original);
        }

        assertThat(status).isZero();
        String stdout = captured.toString(StandardCharsets.UTF_8);
        assertThat(stdout).startsWith("{");
        assertThat(new ObjectMapper().readTree(stdout).get("formType").asText()).isEqualTo("LIG_REFERRAL");
    }

    @Test
    void wrongNumberOfArgumentsIsAUsageError() {
        assertThat(run("parse")).isEqualTo(2);
        assertThat(errLines()).containsExactly("usage: parse FILE");
    }
}
