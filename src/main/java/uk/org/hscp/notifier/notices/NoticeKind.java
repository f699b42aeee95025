package uk.org.hscp.notifier.notices;

/** Every kind of e-mail the service sends (timescales.md, "Notifications" and reminders). */
public enum NoticeKind {
    REFERRAL_ACKNOWLEDGEMENT("Referral acknowledgement"),
    FORM_QUERY("Query about a form"),
    INTAKE_ALERT("Intake alert"),
    SUMMARY_OF_INVOLVEMENT_REQUEST("Request for a summary of involvement"),
    EXTRAORDINARY_MEETING_ALERT("Extraordinary meeting alert"),
    RAPID_REVIEW_BRIEFING("Rapid review briefing"),
    DECISION_NOTICE("Decision notice"),
    LCSPR_MEMBERS_LETTER("Letter to HSCP members on a local review"),
    LAC_DEATH_NOTICE("Death of a looked-after child"),
    PUBLICATION_DELAY_NOTICE("Publication delay notice"),
    REMINDER("Reminder"),
    ESCALATION("Escalation"),
    DELIVERY_FAILURE_ALERT("Delivery failure alert");

    private final String inWords;

    NoticeKind(String inWords) {
        this.inWords = inWords;
    }

    /** What staff read in the delivery log. */
    public String inWords() {
        return inWords;
    }

    /** Answers an e-mail an agency just sent: it goes ahead of the bulk (reminders, requests to every agency). */
    public boolean answersSender() {
        return this == REFERRAL_ACKNOWLEDGEMENT || this == FORM_QUERY;
    }
}
