package uk.org.hscp.notifier.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is due when: the plain rules, time as an argument. */
class RetentionRulesTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static RetentionSchedule.Rule rule(RecordClass recordClass, String keep) {
        return new RetentionSchedule.Rule(recordClass, Period.parse(keep), recordClass.allowed().iterator().next());
    }

    static Stream<Arguments> verdicts() {
        return Stream.of(
                // class, keep, clock started, held, now → verdict
                // 30 days in London: 11:00 BST on 1 October is 11:00 GMT on 31 October
                Arguments.of(RecordClass.QUARANTINED_UNKNOWN_SENDER, "P30D", "2026-10-01T10:00:00Z", false,
                        "2026-10-31T11:00:01Z", "DUE"),
                Arguments.of(RecordClass.QUARANTINED_UNKNOWN_SENDER, "P30D", "2026-10-01T10:00:00Z", false,
                        "2026-10-31T10:59:59Z", "NOT_YET"),
                // spam has no case: a hold is about cases
                Arguments.of(RecordClass.QUARANTINED_UNKNOWN_SENDER, "P30D", "2026-10-01T10:00:00Z", true,
                        "2027-01-01T00:00:00Z", "DUE"),
                Arguments.of(RecordClass.FORM_DATA_AND_IDENTITY, "P6Y", "2026-06-01T00:00:00Z", false,
                        "2032-06-01T00:00:01Z", "DUE"),
                Arguments.of(RecordClass.FORM_DATA_AND_IDENTITY, "P6Y", "2026-06-01T00:00:00Z", false,
                        "2032-05-31T23:59:59Z", "NOT_YET"),
                Arguments.of(RecordClass.FORM_DATA_AND_IDENTITY, "P6Y", "2026-06-01T00:00:00Z", true,
                        "2040-01-01T00:00:00Z", "HELD"),
                Arguments.of(RecordClass.ACCEPTED_EMAIL_RAW, "P1Y", null, false, "2040-01-01T00:00:00Z", "NO_CLOCK"),
                // from 29 February the purge counts a year back from now: due on 1 March, a day late, never early
                Arguments.of(RecordClass.DELIVERY_BODIES, "P1Y", "2028-02-29T12:00:00Z", false,
                        "2029-02-28T12:00:01Z", "NOT_YET"),
                Arguments.of(RecordClass.DELIVERY_BODIES, "P1Y", "2028-02-29T12:00:00Z", false,
                        "2029-03-01T00:00:01Z", "DUE"),
                Arguments.of(RecordClass.AUDIT_ENTRIES, "P6Y", "2026-11-23T09:00:00Z", true,
                        "2033-01-01T00:00:00Z", "HELD"));
    }

    @ParameterizedTest(name = "{0} kept {1} from {2}, held {3}, at {4}: {5}")
    @MethodSource("verdicts")
    void verdict(RecordClass recordClass, String keep, String start, boolean held, String now, String verdict) {
        assertThat(RetentionRules.verdict(rule(recordClass, keep), Optional.ofNullable(start).map(Instant::parse), held,
                Instant.parse(now), LONDON).name()).isEqualTo(verdict);
    }

    static Stream<Arguments> caseEnds() {
        var published = new RetentionRules.CaseEvent("PUBLISHED", Instant.parse("2027-03-01T00:00:00Z"), false);
        var closed = new RetentionRules.CaseEvent("ACTION_PLANS_COMPLETE", Instant.parse("2028-01-15T00:00:00Z"), false);
        var correctedLater = new RetentionRules.CaseEvent("PUBLISHED", Instant.parse("2029-01-01T00:00:00Z"), true);
        var other = new RetentionRules.CaseEvent("REPORT_COMPLETED", Instant.parse("2030-01-01T00:00:00Z"), false);
        return Stream.of(
                Arguments.of(List.of(), null),
                Arguments.of(List.of(other), null),
                Arguments.of(List.of(published), "2027-03-01T00:00:00Z"),
                Arguments.of(List.of(published, closed), "2028-01-15T00:00:00Z"),
                Arguments.of(List.of(published, correctedLater, other), "2027-03-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}: ends {1}")
    @MethodSource("caseEnds")
    void aCaseEndsAtItsLastPublicationOrClosure(List<RetentionRules.CaseEvent> events, String end) {
        assertThat(RetentionRules.caseEnd(events)).isEqualTo(Optional.ofNullable(end).map(Instant::parse));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"P30D, 30 days", "P1Y, 1 year", "P6Y, 6 years",
            "P1Y6M, 1 year and 6 months", "P1M1D, 1 month and 1 day"})
    void periodsInWords(String period, String words) {
        assertThat(RetentionRules.inWords(Period.parse(period))).isEqualTo(words);
    }

    static Stream<Arguments> dueDates() {
        return Stream.of(
                Arguments.of("P30D", "2026-10-01T10:00:00Z", "2026-10-31T11:00:00Z"),
                // a year is a calendar year in London: across the clock change the hour stays
                Arguments.of("P1Y", "2026-07-01T08:00:00Z", "2027-07-01T08:00:00Z"),
                Arguments.of("P6M", "2026-08-31T12:00:00Z", "2027-02-28T13:00:00Z"));
    }

    @ParameterizedTest(name = "{1} + {0} = {2}")
    @MethodSource("dueDates")
    void dueAt(String keep, String start, String due) {
        assertThat(RetentionRules.dueAt(rule(RecordClass.DELIVERY_BODIES, keep), Instant.parse(start), LONDON))
                .isEqualTo(Instant.parse(due));
    }
}
