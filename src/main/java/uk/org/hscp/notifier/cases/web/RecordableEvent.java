package uk.org.hscp.notifier.cases.web;

import java.util.List;

import uk.org.hscp.notifier.deadlines.CaseEventType;

/**
 * The events the HSCP team records in the staff pages, each named as its {@link CaseEventType}, with the
 * question its date answers and the further questions it asks. Other events come from the forms and from the
 * notices the service sends.
 */
enum RecordableEvent {

    INCIDENT_AWARENESS("Incident awareness date", "When did the local authority become aware of the incident?",
            "the date the local authority became aware", "5.1, 5.2", false),
    RAPID_REVIEW_COMPLETED("Rapid review held", "When was the rapid review held?", "the date of the rapid review",
            "8.2.1", false),
    DECISION_RECORDED("Decision on a local review", "When did the safeguarding partners decide?",
            "the date of the decision", "8.2.4, 9.4", false, Question.DECISION, Question.METHODOLOGY_LEVEL),
    REVIEWER_COMMISSIONED("Reviewer commissioned", "When was the reviewer commissioned?",
            "the date the reviewer was commissioned", "9.6", false, Question.REVIEWER_NAME),
    REPORT_COMPLETED("Report completed", "When was the final report completed?",
            "the date the report was completed", "9.12.4, 9.15.3", false),
    PUBLICATION_DATE_SET("Publication date", "When will the report be published?", "the publication date",
            "9.16, Appendix A step 27", true),
    PUBLICATION_DELAYED("Publication delayed", "When did it become clear that publication will be delayed?",
            "the date of the delay", "9.16.3", false, Question.DELAY_REASONS),
    PANEL_RESPONSE_RECEIVED("National Panel response", "When did the National Panel respond?",
            "the date of the Panel's response", "10.3.1", false, Question.PANEL_RESPONSE);

    /** What an event asks besides its date. */
    enum Question { DECISION, METHODOLOGY_LEVEL, REVIEWER_NAME, DELAY_REASONS, PANEL_RESPONSE }

    private final String title;
    private final String dateQuestion;
    private final String dateName;
    private final String section;
    private final boolean mayBeInTheFuture;
    private final List<Question> questions;

    RecordableEvent(String title, String dateQuestion, String dateName, String section, boolean mayBeInTheFuture,
            Question... questions) {
        this.title = title;
        this.dateQuestion = dateQuestion;
        this.dateName = dateName;
        this.section = section;
        this.mayBeInTheFuture = mayBeInTheFuture;
        this.questions = List.of(questions);
    }

    public CaseEventType type() {
        return CaseEventType.valueOf(name());
    }

    public String title() {
        return title;
    }

    public String dateQuestion() {
        return dateQuestion;
    }

    public String dateName() {
        return dateName;
    }

    public String section() {
        return section;
    }

    public boolean mayBeInTheFuture() {
        return mayBeInTheFuture;
    }

    public boolean asks(Question question) {
        return questions.contains(question);
    }

    /** For the page: {@code event.asks('DECISION')}. */
    public boolean asks(String question) {
        return asks(Question.valueOf(question));
    }
}
