package uk.org.hscp.notifier.forms;

import java.util.List;
import java.util.Objects;

/** What {@link FormReader#read} made of a file. Reasons are plain words and never hold form content. */
public sealed interface ReadResult {

    /** A recognised form; {@code problems} empty means it is valid. */
    record Read(Form form, List<FormProblem> problems) implements ReadResult {
        public Read {
            Objects.requireNonNull(form, "form");
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A readable file that is not one of the three forms (a letter, an image, a program). */
    record NotAForm(String reason) implements ReadResult {
        public NotAForm {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A corrupt or truncated file, a zip bomb, or a password-protected document. */
    record Unreadable(String reason, boolean passwordProtected) implements ReadResult {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A PDF with no text layer (a scan): a person has to key it in. */
    record NeedsManualEntry(String reason) implements ReadResult {
        public NeedsManualEntry {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
