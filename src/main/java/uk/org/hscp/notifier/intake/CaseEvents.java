package uk.org.hscp.notifier.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.forms.Form;
import uk.org.hscp.notifier.forms.RapidReviewForm;
import uk.org.hscp.notifier.forms.ReferralForm;
import uk.org.hscp.notifier.forms.ReferralResponseForm;
import uk.org.hscp.notifier.agencies.KnownSenders;

/** What an accepted form tells the case's timescales. */
@Component
class CaseEvents {

    private static final String BY = "intake";

    private final DeadlineScheduling scheduling;
    private final KnownSenders knownSenders;
    private final Clock clock;

    CaseEvents(DeadlineScheduling scheduling, KnownSenders knownSenders, Clock clock) {
        this.scheduling = scheduling;
        this.knownSenders = knownSenders;
        this.clock = clock;
    }

    /**
     * A Referral Form opens the case: the referral was first notified when its e-mail arrived (unless staff
     * recorded an earlier call) and is confirmed in writing by the form itself (7.2). A Referral Response Form is
     * its agency's summary of involvement (8.2.3). A signed-off Rapid Review Form carries the rapid review's dates.
     */
    void formAccepted(long caseId, Form form, String sender, Instant emailReceivedAt, boolean openedTheCase) {
        Instant now = clock.instant();
        if (form instanceof ReferralForm && openedTheCase) {
            scheduling.record(caseId, CaseEventType.REFERRAL_FIRST_NOTIFIED, emailReceivedAt, null, null, BY);
            scheduling.record(caseId, CaseEventType.REFERRAL_FORM_RECEIVED, emailReceivedAt, null, null, BY);
            scheduling.record(caseId, CaseEventType.CASE_OPENED, now, null, null, BY);
        } else if (form instanceof ReferralResponseForm) {
            // the sender's own agency only: no agency would mean every agency's summary met (never from intake)
            knownSenders.agencyOf(sender).map(KnownSenders.Agency::code).ifPresent(agency ->
                    scheduling.record(caseId, CaseEventType.RESPONSE_RECEIVED, now, agency, null, BY));
        } else if (form instanceof RapidReviewForm rapidReview) {
            var dates = rapidReview.dates();
            record(caseId, CaseEventType.SERIOUS_INCIDENT_NOTIFICATION_RECEIVED, dates.notificationToHscp());
            record(caseId, CaseEventType.RAPID_REVIEW_COMPLETED, dates.rapidReview());
            record(caseId, CaseEventType.RAPID_REVIEW_SENT_TO_PANEL, dates.submissionToNationalPanel());
        }
    }

    private void record(long caseId, CaseEventType type, LocalDate date) {
        if (date != null) {
            scheduling.record(caseId, type, date.atStartOfDay(clock.getZone()).toInstant(), null, null, BY);
        }
    }
}
