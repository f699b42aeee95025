package uk.org.hscp.notifier.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.org.hscp.notifier.forms.Form;
import uk.org.hscp.notifier.forms.ReadResult;
import uk.org.hscp.notifier.intake.FormIntake.FileRead;

/** What an e-mail's attachments, as read, come to, and the plain words the sender is told. */
final class FormVerdicts {

    private FormVerdicts() {
    }

    /** The quarantine the reads call for (an invalid form first), or empty when every form read is valid. */
    static Optional<Verdict> problemWith(List<FileRead> reads) {
        if (reads.stream().anyMatch(r -> r.result() instanceof ReadResult.Read read && !read.valid())) {
            return Optional.of(Verdict.quarantined(QuarantineReason.INVALID_FORM, "The form has problems to correct."));
        }
        Optional<ReadResult.Unreadable> unreadable = reads.stream().map(FileRead::result)
                .filter(ReadResult.Unreadable.class::isInstance).map(ReadResult.Unreadable.class::cast).findFirst();
        if (unreadable.isPresent()) {
            return Optional.of(Verdict.quarantined(QuarantineReason.UNREADABLE_ATTACHMENT, unreadable.get().reason()));
        }
        if (reads.stream().anyMatch(r -> r.result() instanceof ReadResult.NeedsManualEntry)) {
            return Optional.of(Verdict.quarantined(QuarantineReason.NEEDS_MANUAL_ENTRY,
                    "A PDF has no text layer (a scan): a person has to key the form in."));
        }
        if (reads.stream().noneMatch(r -> r.result() instanceof ReadResult.Read)) {
            return Optional.of(Verdict.quarantined(QuarantineReason.NO_FORM_FOUND,
                    "No Referral, Referral Response or Rapid Review Form was found in the attachments."));
        }
        return Optional.empty();
    }

    /** Plain-words lines for the sender's reply: which file, which field, what is wrong, what to do. */
    static List<String> problemLines(List<FileRead> reads) {
        List<String> lines = new ArrayList<>();
        for (FileRead read : reads) {
            ReadResult result = read.result();
            if (result instanceof ReadResult.Read r) {
                r.problems().forEach(p -> lines.add(p.describe()));
            } else if (result instanceof ReadResult.Unreadable u) {
                lines.add(u.passwordProtected()
                        ? "The attachment is protected by a password. Please send the form again without a password,"
                                + " through the secure e-mail route."
                        : "The attachment could not be opened (" + u.reason() + "). Please send the form again.");
            } else if (result instanceof ReadResult.NeedsManualEntry) {
                lines.add("The PDF is a scanned image; a member of the HSCP team will key it in.");
            }
        }
        if (lines.isEmpty()) {
            lines.add("No Referral, Referral Response or Rapid Review Form was found in the attachments. Please attach"
                    + " the completed form (Word or PDF) and send it again.");
        }
        return lines;
    }

    static List<String> noMatchingCase(Form form) {
        return List.of("The " + label(form) + " names no case we know. Put the case reference (like "
                + "HSCP-2026-0007) in the subject and send it again.");
    }

    static String label(Form form) {
        return switch (form.formType()) {
            case LIG_REFERRAL -> "Referral Form";
            case LIG_REFERRAL_RESPONSE -> "Referral Response Form";
            case RAPID_REVIEW -> "Rapid Review Form";
        };
    }
}
