package uk.org.hscp.notifier.forms.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.hscp.notifier.forms.FormType;
import uk.org.hscp.notifier.forms.layout.Layout;

/**
 * Tells which form a layout is from its printed titles and labels, never from a file name. A type needs
 * at least {@link #MIN_MARKERS} of its markers and more than any other type.
 */
final class FormRecognizer {

    static final int MIN_MARKERS = 3;

    private static final Map<FormType, List<String>> MARKERS = new EnumMap<>(Map.of(
            FormType.LIG_REFERRAL, List.of("Referral Form", "Child's First Name", "This case is being referred",
                    "Reason for notification", "Characteristics of Case", "Agencies known to be involved with the case",
                    "Family Member Details"),
            FormType.LIG_REFERRAL_RESPONSE, List.of("Referral Response Form", "Name(s) of the subject child(ren)",
                    "Name of person completing report", "Name of LIG representative", "known to your agency",
                    "Background summary of involvement"),
            FormType.RAPID_REVIEW, List.of("Rapid Review Form", "Date of Rapid Review", "Present for discussion",
                    "Submission of reports", "Does this case meet the criteria for Rapid Review",
                    "Date of sign off by LIG chair")));

    private FormRecognizer() {
    }

    static Optional<FormType> recognise(Layout layout) {
        String text = Labels.squash(layout.text());
        FormType best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<FormType, List<String>> entry : MARKERS.entrySet()) {
            int score = 0;
            for (String marker : entry.getValue()) {
                if (text.contains(Labels.squash(marker))) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return bestScore >= MIN_MARKERS && !tie ? Optional.of(best) : Optional.empty();
    }
}
