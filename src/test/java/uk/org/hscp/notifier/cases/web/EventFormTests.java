package uk.org.hscp.notifier.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.deadlines.CaseEventType;

class EventFormTests {

    static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static EventForm decision(String decision, String level) {
        return new EventForm("20", "11", "2026", decision, level, null, null, null);
    }

    @Test
    void aDecisionToCarryOutALocalReviewAlsoRecordsThatDecisionAndTheStartOfTheReview() {
        var entry = decision("LOCAL_REVIEW", "4").check(RecordableEvent.DECISION_RECORDED, EARLIEST, TODAY);

        assertThat(entry.valid()).isTrue();
        assertThat(entry.date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(entry.events()).containsExactly(CaseEventType.DECISION_RECORDED, CaseEventType.LCSPR_DECIDED,
                CaseEventType.REVIEW_INITIATED);
        assertThat(entry.details()).containsEntry("decision", "LOCAL_REVIEW").containsEntry("methodologyLevel", "4");
    }

    @Test
    void aDecisionAgainstALocalReviewIsTheDecisionAlone() {
        var entry = decision("NO_LOCAL_REVIEW", "1").check(RecordableEvent.DECISION_RECORDED, EARLIEST, TODAY);

        assertThat(entry.events()).containsExactly(CaseEventType.DECISION_RECORDED);
    }

    @Test
    void aMethodologyLevelOutsideOneToFiveOrADecisionNotOfferedIsAnError() {
        var entry = decision("MAYBE", "6").check(RecordableEvent.DECISION_RECORDED, EARLIEST, TODAY);

        assertThat(entry.errors()).containsOnlyKeys("decision", "methodologyLevel");
        assertThat(entry.errors().get("methodologyLevel")).isEqualTo("Select the methodology level, from 1 to 5");
        assertThat(entry.href("methodologyLevel")).isEqualTo("#methodologyLevel");
    }

    @Test
    void theErrorSummaryLinksToTheFirstWrongPartOfTheDate() {
        var entry = new EventForm("1", "", "", null, null, null, null, null)
                .check(RecordableEvent.INCIDENT_AWARENESS, EARLIEST, TODAY);

        assertThat(entry.errors()).containsOnlyKeys("date");
        assertThat(entry.href("date")).isEqualTo("#date-month");
        assertThat(entry.errorsByAnchor()).containsOnlyKeys("date-month");
    }

    @Test
    void aReviewerNeedsANameAndADelayItsReasons() {
        var reviewer = new EventForm("2", "11", "2026", null, null, "  ", null, null)
                .check(RecordableEvent.REVIEWER_COMMISSIONED, EARLIEST, TODAY);
        var delay = new EventForm("2", "11", "2026", null, null, null, "x".repeat(EventForm.MAX_REASONS + 1), null)
                .check(RecordableEvent.PUBLICATION_DELAYED, EARLIEST, TODAY);
        var named = new EventForm("2", "11", "2026", null, null, " Dr Jo Reviewer ", null, null)
                .check(RecordableEvent.REVIEWER_COMMISSIONED, EARLIEST, TODAY);

        assertThat(reviewer.errors()).containsEntry("reviewerName", "Enter the reviewer's name");
        assertThat(delay.errors()).containsEntry("reasons", "The reasons for the delay must be 2000 characters or fewer");
        assertThat(named.details()).containsEntry("reviewerName", "Dr Jo Reviewer");
    }
}
