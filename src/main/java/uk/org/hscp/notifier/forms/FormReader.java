package uk.org.hscp.notifier.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.org.hscp.notifier.forms.doc.DocLayoutReader;
import uk.org.hscp.notifier.forms.docx.DocxLayoutReader;
import uk.org.hscp.notifier.forms.extract.Extraction;
import uk.org.hscp.notifier.forms.extract.FormExtractor;
import uk.org.hscp.notifier.forms.layout.Layout;
import uk.org.hscp.notifier.forms.layout.UnusableDocumentException;
import uk.org.hscp.notifier.forms.pdf.PdfLayoutReader;

/**
 * Reads an agency's form from a file's bytes: .docx, Word 97 .doc or PDF, told apart by their first bytes;
 * which of the three forms it is, by its printed titles and labels. Never by a file name.
 *
 * <p>Thread-safe and stateless: one instance can serve every caller. {@code today} is used only for
 * two-digit years and the validation rules.
 */
public final class FormReader {

    /** No form is anywhere near this size; larger files are refused before any parsing. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The file's format told from its first bytes, for the reading-time metric: docx, doc, pdf or other. */
    public static String formatOf(byte[] bytes) {
        return switch (DocumentFormat.of(bytes)) {
            case ZIP -> "docx";
            case OLE2 -> "doc";
            case PDF -> "pdf";
            case OTHER -> "other";
        };
    }

    public ReadResult read(byte[] bytes, LocalDate today) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(today, "today");
        if (bytes.length > MAX_BYTES) {
            return new ReadResult.Unreadable("the file is too large to be a form", false);
        }
        Layout layout;
        try {
            layout = switch (DocumentFormat.of(bytes)) {
                case ZIP -> DocxLayoutReader.read(bytes);
                case OLE2 -> DocLayoutReader.read(bytes);
                case PDF -> PdfLayoutReader.read(bytes);
                case OTHER -> null;
            };
        } catch (UnusableDocumentException e) {
            return switch (e.kind()) {
                case UNREADABLE -> new ReadResult.Unreadable(e.getMessage(), false);
                case PASSWORD_PROTECTED -> new ReadResult.Unreadable(e.getMessage(), true);
                case NOT_A_DOCUMENT -> new ReadResult.NotAForm(e.getMessage());
                case NO_TEXT_LAYER -> new ReadResult.NeedsManualEntry(e.getMessage());
            };
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadResult.Unreadable("the document could not be read (" + e.getClass().getSimpleName() + ")",
                    false);
        }
        if (layout == null) {
            return new ReadResult.NotAForm("the file is not a Word document or a PDF");
        }
        Optional<Extraction> extraction = FormExtractor.extract(layout, today);
        if (extraction.isEmpty()) {
            return new ReadResult.NotAForm(
                    "the document is not a LIG referral, referral response or rapid review form");
        }
        Form form = extraction.get().form();
        return new ReadResult.Read(form, merge(extraction.get().problems(), FormValidator.validate(form, today)));
    }

    /** Reading problems first; a rule's problem about a field that already has one is left out. */
    private static List<FormProblem> merge(List<FormProblem> reading, List<FormProblem> rules) {
        List<FormProblem> all = new ArrayList<>(reading);
        Set<String> fields = new HashSet<>();
        reading.forEach(p -> fields.add(p.field()));
        rules.stream().filter(p -> !fields.contains(p.field())).forEach(all::add);
        return all;
    }
}
