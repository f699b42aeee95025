package uk.org.hscp.notifier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.hscp.notifier.deadlines.CaseEventType.DECISION_RECORDED;
import static uk.org.hscp.notifier.deadlines.CaseEventType.INCIDENT_AWARENESS;
import static uk.org.hscp.notifier.deadlines.CaseEventType.RAPID_REVIEW_COMPLETED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two rules DeadlineScheduling applies: what an event does to a timescale, and procedure 8.2.1. */
class DeadlineRulesTests {

    /** A timescale started by INCIDENT_AWARENESS, met by RAPID_REVIEW_COMPLETED, stopped by DECISION_RECORDED. */
    private static Timescale timescale(String id) {
        return new Timescale(id, "A timescale", "1.1", INCIDENT_AWARENESS, null, RAPID_REVIEW_COMPLETED,
                DECISION_RECORDED, "HSCP team", List.of(), List.of(), List.of(), List.of(), "Act", false, false, true);
    }

    @ParameterizedTest(name = "{0} on {1}, started before: {2} → {3}")
    @CsvSource({
            "RAPID_REVIEW,          RAPID_REVIEW_COMPLETED, true,  MEETS",
            "RAPID_REVIEW,          RAPID_REVIEW_COMPLETED, false, MEETS",
            "RAPID_REVIEW,          DECISION_RECORDED,      true,  STOPS",
            "RAPID_REVIEW,          INCIDENT_AWARENESS,     false, STARTS",
            // the start event recorded again corrects the date: the deadline moves, no second one starts
            "RAPID_REVIEW,          INCIDENT_AWARENESS,     true,  RECONSIDERS",
            "RAPID_REVIEW,          CASE_OPENED,            true,  RECONSIDERS",
            "RAPID_REVIEW,          PUBLICATION_DELAYED,    false, RECONSIDERS",
            // 8.2.1's deadline is started by its rule, never by an event
            "EXTRAORDINARY_MEETING, INCIDENT_AWARENESS,     false, RECONSIDERS",
            "EXTRAORDINARY_MEETING, RAPID_REVIEW_COMPLETED, true,  MEETS",
    })
    void whatAnEventDoesToATimescale(String id, CaseEventType event, boolean started, EventEffect effect) {
        assertThat(EventEffect.of(timescale(id), event, started)).isEqualTo(effect);
    }

    @ParameterizedTest(name = "rapid review due {0}, next meeting {1}, called already {2} → {3}")
    @CsvSource({
            "2026-12-10, 2026-12-08, false, false",   // the meeting comes first: it takes the rapid review
            "2026-12-10, 2026-12-10, false, false",   // on the day it is due is in time
            "2026-12-10, 2026-12-11, false, true",    // a day late: convene an extraordinary meeting
            "2026-12-10,           , false, true",    // no meeting planned
            "2026-12-10, 2026-12-11, true,  false",   // already convened for this case
            "          , 2026-12-11, false, false",   // no open rapid review
    })
    void procedure821(LocalDate rapidReviewDue, LocalDate nextMeeting, boolean alreadyCalled, boolean needed) {
        assertThat(ExtraordinaryMeetingRule.needsExtraordinaryMeeting(Optional.ofNullable(rapidReviewDue),
                Optional.ofNullable(nextMeeting), alreadyCalled)).isEqualTo(needed);
    }

}
