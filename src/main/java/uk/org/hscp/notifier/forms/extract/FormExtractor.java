package uk.org.hscp.notifier.forms.extract;

import java.time.LocalDate;
import java.util.Optional;
import uk.org.hscp.notifier.forms.layout.Layout;

/** Recognises which form a layout holds and reads its fields. */
public final class FormExtractor {

    private FormExtractor() {
    }

    /** The form and the problems met reading its values, or empty when the layout is none of the forms. */
    public static Optional<Extraction> extract(Layout layout, LocalDate today) {
        return FormRecognizer.recognise(layout).map(type -> switch (type) {
            case LIG_REFERRAL -> ReferralExtractor.extract(layout, today);
            case LIG_REFERRAL_RESPONSE -> ResponseExtractor.extract(layout, today);
            case RAPID_REVIEW -> RapidReviewExtractor.extract(layout, today);
        });
    }
}
