package uk.org.hscp.notifier.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.anonymise.AnonymisedNotice;
import uk.org.hscp.notifier.notices.NoticeKind;

class DeadlineCalendarTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, LONDON);

    static AnonymisedNotice reminder(ZonedDateTime due, int version) {
        return new AnonymisedNotice(NoticeKind.REMINDER, 3, "HSCP-2026-0007", "Child A", 9,
                new AnonymisedNotice.Deadline(17, "Rapid review completed, with a title long enough to be folded; really",
                        "8.2.1", "HSCP team", due, version, "BEFORE_DUE"),
                null, "Make sure it is done, then tell the HSCP team.", List.of(),
                URI.create("http://localhost:8080/cases/HSCP-2026-0007"), URI.create("http://localhost:8080"),
                "HSCP_TEAM", NOW, null);
    }

    @Test
    void aDeadlineAtTheEndOfADayIsAnAllDayEntryWithAUidStablePerDeadline() {
        String ics = DeadlineCalendar.entryFor(reminder(ZonedDateTime.of(2026, 12, 4, 23, 59, 59, 0, LONDON), 0),
                "review-notifier.hscp").orElseThrow();
        String moved = DeadlineCalendar.entryFor(reminder(ZonedDateTime.of(2026, 12, 8, 23, 59, 59, 0, LONDON), 1),
                "review-notifier.hscp").orElseThrow();

        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nUID:deadline-17@review-notifier.hscp\r\n")
                .contains("\r\nSEQUENCE:0\r\n")
                .contains("\r\nDTSTAMP:20261123T090000Z\r\n")
                .contains("\r\nDTSTART;VALUE=DATE:20261204\r\nDTEND;VALUE=DATE:20261205\r\n")
                .contains("SUMMARY:Due: Rapid review completed\\, with a title long enough to be folded\\; really (HSCP-2026-0007)")
                .contains("URL:http://localhost:8080/cases/HSCP-2026-0007");
        assertThat(moved).contains("UID:deadline-17@review-notifier.hscp").contains("SEQUENCE:1")
                .contains("DTSTART;VALUE=DATE:20261208");
    }

    @Test
    void aDeadlineAtATimeOfDayIsAHalfHourEntryEndingThenInUtc() {
        String ics = DeadlineCalendar.entryFor(reminder(ZonedDateTime.of(2026, 7, 1, 14, 0, 0, 0, LONDON), 0),
                "review-notifier.hscp").orElseThrow();

        assertThat(ics).contains("DTSTART:20260701T123000Z\r\nDTEND:20260701T130000Z\r\n");
    }

    @Test
    void everyLineIsFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String ics = DeadlineCalendar.entryFor(reminder(ZonedDateTime.of(2026, 12, 4, 23, 59, 59, 0, LONDON), 0),
                "review-notifier.hscp").orElseThrow();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        StringBuilder folded = new StringBuilder();
        DeadlineCalendar.line(folded, "DESCRIPTION:" + "é".repeat(60));
        for (String line : folded.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.toString().replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "é".repeat(60) + "\r\n");
    }

    @Test
    void onlyRemindersAndEscalationsCarryAnEntry() {
        var reminder = reminder(ZonedDateTime.of(2026, 12, 4, 23, 59, 59, 0, LONDON), 0);
        var decision = new AnonymisedNotice(NoticeKind.DECISION_NOTICE, 3, "HSCP-2026-0007", "Child A", 9,
                reminder.deadline(), null, "x", List.of(), null, URI.create("http://localhost"), "OFSTED", NOW, null);
        assertThat(DeadlineCalendar.entryFor(decision, "review-notifier.hscp")).isEmpty();
    }
}
