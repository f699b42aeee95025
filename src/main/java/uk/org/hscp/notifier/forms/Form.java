package uk.org.hscp.notifier.forms;

/**
 * A form read from an agency's document. Every implementation holds personal data and redacts
 * itself in {@code toString()}.
 */
public sealed interface Form permits ReferralForm, ReferralResponseForm, RapidReviewForm {

    FormType formType();
}
