package uk.org.hscp.notifier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.cases.NewCase;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling.Change;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling.DeadlineChange;
import uk.org.hscp.notifier.deadlines.quartz.WakeUps;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.MutableClock;

/**
 * A case walked through its timeline with the injected clock (5.1, 5.2, 8.2.1): reminders fire when due,
 * stop when met, move when a date is corrected, escalate when missed, and fire once after downtime.
 */
abstract class CaseTimelineScenarios {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired DeadlineScheduling scheduling;
    @Autowired ReminderFiring firing;
    @Autowired Cases cases;
    @Autowired WakeUps wakeUps;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;

    long caseId;

    @BeforeEach
    void aCaseOnMondayMorning() {
        Database.clean(jdbc);
        clock.set(at(MONDAY, 8));
        caseId = transaction.execute(tx -> cases.open(new NewCase("Test", "Child", LocalDate.of(2015, 1, 1),
                "Hampshire Constabulary", "jo.whitcombe@hampshire.police.uk", MONDAY), clock.instant())).id();
    }

    @Test
    void remindersFireWhenDueStopWhenMetAndEscalateWhenMissed() {
        var recorded = record(CaseEventType.INCIDENT_AWARENESS, MONDAY);

        assertThat(recorded.changes()).extracting(DeadlineChange::timescaleId, DeadlineChange::change)
                .contains(org.assertj.core.groups.Tuple.tuple("PANEL_NOTIFICATION", Change.CREATED),
                        org.assertj.core.groups.Tuple.tuple("PARTNERS_NOTIFICATION", Change.CREATED));
        assertThat(due("PANEL_NOTIFICATION")).isEqualTo(Instant.parse("2026-11-30T23:59:59Z"));
        assertThat(reminderMoments("PANEL_NOTIFICATION")).containsExactly(at(MONDAY.plusDays(3), 9),
                at(MONDAY.plusDays(7), 9), at(MONDAY.plusDays(8), 9), at(MONDAY.plusDays(10), 9));

        clock.set(at(MONDAY.plusDays(3), 9));                       // Thursday: 2 working days before
        assertThat(firing.fireDue()).isEqualTo(2);                  // the Panel and the partners deadlines
        record(CaseEventType.PARTNERS_NOTIFIED, MONDAY.plusDays(4)); // Friday: the partners were told

        clock.set(at(MONDAY.plusDays(7), 9));                       // Monday 30th, the due day
        assertThat(firing.fireDue()).isEqualTo(1);
        clock.set(at(MONDAY.plusDays(8), 9));                       // missed: the day after
        assertThat(firing.fireDue()).isEqualTo(1);

        assertThat(notices()).containsExactly("REMINDER PANEL_NOTIFICATION", "REMINDER PARTNERS_NOTIFICATION",
                "REMINDER PANEL_NOTIFICATION", "ESCALATION PANEL_NOTIFICATION");
        assertThat(rolesOfLastEscalation()).contains("LOCAL_AUTHORITY", "HSCP_TEAM", "LIG_CHAIR", "BUSINESS_MANAGER");
        assertThat(reminderStatuses("PARTNERS_NOTIFICATION")).containsExactly("SENT", "CANCELLED", "CANCELLED",
                "CANCELLED");
    }

    @Test
    void aCorrectedDateMovesTheDeadlineAndItsReminders() {
        record(CaseEventType.INCIDENT_AWARENESS, MONDAY);
        var corrected = record(CaseEventType.INCIDENT_AWARENESS, MONDAY.plusDays(2));

        assertThat(corrected.changes()).filteredOn(c -> c.timescaleId().equals("PANEL_NOTIFICATION")).singleElement()
                .satisfies(c -> {
                    assertThat(c.change()).isEqualTo(Change.MOVED);
                    assertThat(c.previousDue()).isEqualTo(Instant.parse("2026-11-30T23:59:59Z"));
                    assertThat(c.due()).isEqualTo(Instant.parse("2026-12-02T23:59:59Z"));
                });
        clock.set(at(MONDAY.plusDays(3), 9));                       // the old "2 days before" moment
        assertThat(firing.fireDue()).isZero();
        clock.set(at(MONDAY.plusDays(7), 9));                       // the new one
        assertThat(firing.fireDue()).isEqualTo(2);
    }

    @Test
    void afterAStopAJumpOfTheClockAndAStartEachMissedReminderFiresOnce() {
        record(CaseEventType.INCIDENT_AWARENESS, MONDAY);
        int planned = reminderMoments("PANEL_NOTIFICATION").size() + reminderMoments("PARTNERS_NOTIFICATION").size();

        clock.set(at(MONDAY.plusDays(21), 10)); // the service was down for three weeks
        firing.run(null);                       // start-up
        firing.fireDue();                       // and the misfired wake-ups

        assertThat(notices()).hasSize(planned);
        assertThat(firing.fireDue()).isZero();
    }

    @Test
    void aWakeUpIsScheduledForEveryReminderMoment() {
        int before = wakeUps.scheduledCount();

        record(CaseEventType.INCIDENT_AWARENESS, MONDAY);

        // the Panel and partners reminders share their four moments: one trigger each, not one per reminder
        assertThat(wakeUps.scheduledCount() - before).isBetween(0, 4);
        assertThat(reminderMoments("PANEL_NOTIFICATION")).containsExactlyElementsOf(
                reminderMoments("PARTNERS_NOTIFICATION"));
    }

    @Test
    void aRapidReviewDueAfterTheNextLigMeetingCallsForAnExtraordinaryMeeting() {
        meetingOn(LocalDate.of(2027, 2, 1));

        var recorded = record(CaseEventType.SERIOUS_INCIDENT_NOTIFICATION_RECEIVED, MONDAY);

        assertThat(due("RAPID_REVIEW")).isEqualTo(Instant.parse("2026-12-14T23:59:59Z"));
        assertThat(recorded.changes()).extracting(DeadlineChange::timescaleId).contains("EXTRAORDINARY_MEETING");
        assertThat(noticeKinds()).contains("EXTRAORDINARY_MEETING_ALERT");
    }

    @Test
    void aLigMeetingBeforeTheRapidReviewIsDueNeedsNoExtraordinaryMeeting() {
        meetingOn(LocalDate.of(2026, 12, 10));

        var recorded = record(CaseEventType.SERIOUS_INCIDENT_NOTIFICATION_RECEIVED, MONDAY);

        assertThat(recorded.changes()).extracting(DeadlineChange::timescaleId).doesNotContain("EXTRAORDINARY_MEETING");
    }

    @Test
    void movingTheNextLigMeetingMovesTheActionPlanReportDueBeforeIt() {
        meetingOn(LocalDate.of(2027, 1, 14));
        record(CaseEventType.FINAL_REPORT_APPROVED, MONDAY);
        Instant before = due("ACTION_PLAN_MONITORING");
        assertThat(before.atZone(LONDON).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 12)); // 2 working days before
        List<Instant> remindersBefore = reminderMoments("ACTION_PLAN_MONITORING");

        jdbc.sql("UPDATE lig_meeting SET meets_on = :d").param("d", LocalDate.of(2027, 1, 21)).update();
        scheduling.meetingsChanged(caseId);

        assertThat(due("ACTION_PLAN_MONITORING")).isEqualTo(before.plus(java.time.Duration.ofDays(7)));
        // a week later, no bank holiday in either week: every reminder a week later too, the old ones cancelled
        assertThat(reminderMoments("ACTION_PLAN_MONITORING")).isNotEmpty().containsExactlyElementsOf(
                remindersBefore.stream().map(moment -> moment.plus(java.time.Duration.ofDays(7))).toList());
    }

    @Test
    void publicationDateAndCompletionGiveTheEarlierDueForTheReportToThePanel() {
        record(CaseEventType.REPORT_COMPLETED, LocalDate.of(2026, 12, 1));
        assertThat(due("REPORT_TO_PANEL_AND_SOS")).isEqualTo(Instant.parse("2026-12-10T23:59:59Z"));

        record(CaseEventType.PUBLICATION_DATE_SET, LocalDate.of(2026, 12, 14));

        assertThat(due("REPORT_TO_PANEL_AND_SOS")).isEqualTo(Instant.parse("2026-12-03T23:59:59Z"));
        assertThat(due("FINAL_COPY_BEFORE_PUBLICATION")).isEqualTo(Instant.parse("2026-12-07T23:59:59Z"));
    }

    private DeadlineScheduling.RecordedEvent record(CaseEventType type, LocalDate date) {
        return scheduling.record(caseId, type, date.atStartOfDay(LONDON).toInstant(), null, null, "test");
    }

    private void meetingOn(LocalDate day) {
        jdbc.sql("INSERT INTO lig_meeting (meets_on, kind, created_at, updated_at) VALUES (:d, 'SCHEDULED', :t, :t)")
                .param("d", day).param("t", Timestamps.utc(clock.instant())).update();
    }

    private Instant due(String timescale) {
        return jdbc.sql("SELECT due_at FROM deadline WHERE case_id = :c AND timescale_id = :t AND status = 'OPEN'")
                .param("c", caseId).param("t", timescale)
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
    }

    private List<Instant> reminderMoments(String timescale) {
        return jdbc.sql("""
                SELECT r.fire_at FROM reminder r JOIN deadline d ON d.id = r.deadline_id
                WHERE d.case_id = :c AND d.timescale_id = :t AND r.status = 'PENDING' ORDER BY r.fire_at""")
                .param("c", caseId).param("t", timescale)
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).list();
    }

    private List<String> reminderStatuses(String timescale) {
        return jdbc.sql("""
                SELECT r.status FROM reminder r JOIN deadline d ON d.id = r.deadline_id
                WHERE d.case_id = :c AND d.timescale_id = :t ORDER BY r.fire_at""")
                .param("c", caseId).param("t", timescale).query(String.class).list();
    }

    private List<String> notices() {
        return jdbc.sql("""
                SELECT n.kind || ' ' || d.timescale_id FROM notice n JOIN deadline d ON d.id = n.deadline_id
                WHERE n.case_id = :c AND n.kind IN ('REMINDER', 'ESCALATION') ORDER BY n.id""")
                .param("c", caseId).query(String.class).list();
    }

    private List<String> noticeKinds() {
        return jdbc.sql("SELECT kind FROM notice WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(String.class).list();
    }

    private String rolesOfLastEscalation() {
        return jdbc.sql("""
                SELECT r.roles FROM reminder r JOIN notice n ON n.reminder_id = r.id
                WHERE n.kind = 'ESCALATION' ORDER BY n.id DESC LIMIT 1""").query(String.class).single();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(LONDON).toInstant();
    }
}
