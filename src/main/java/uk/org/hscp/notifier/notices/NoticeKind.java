package uk.org.hscp.notifier.notices;

/** Every kind of e-mail the service sends (timescales.md, "Notifications" and reminders). */
public enum NoticeKind {
    REFERRAL_ACKNOWLEDGEMENT,
    FORM_QUERY,
    INTAKE_ALERT,
    SUMMARY_OF_INVOLVEMENT_REQUEST,
    EXTRAORDINARY_MEETING_ALERT,
    RAPID_REVIEW_BRIEFING,
    DECISION_NOTICE,
    LCSPR_MEMBERS_LETTER,
    LAC_DEATH_NOTICE,
    PUBLICATION_DELAY_NOTICE,
    REMINDER,
    ESCALATION,
    DELIVERY_FAILURE_ALERT;

    /** Answers an e-mail an agency just sent: it goes ahead of the bulk (reminders, requests to every agency). */
    public boolean answersSender() {
        return this == REFERRAL_ACKNOWLEDGEMENT || this == FORM_QUERY;
    }
}
