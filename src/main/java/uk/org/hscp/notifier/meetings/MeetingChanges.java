package uk.org.hscp.notifier.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.audit.AuditTrail;
import uk.org.hscp.notifier.audit.AuditTrail.Action;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;

/**
 * What the HSCP team changes about LIG meetings, each in one transaction with its audit entry. A new or moved
 * meeting date re-checks every open case against the next meeting (extraordinary meeting alerts, deadlines
 * counted back from the next meeting), in the same transaction.
 */
@Service
public class MeetingChanges {

    private final LigMeetings meetings;
    private final DeadlineScheduling scheduling;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingChanges(LigMeetings meetings, DeadlineScheduling scheduling, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.scheduling = scheduling;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long add(LocalDate meetsOn, LigMeeting.Kind kind, String notes, Authentication user) {
        long id = meetings.add(meetsOn, kind, notes, clock.instant());
        audit.record(user, Action.CHANGE_MEETING, subject(id), "Added " + kind + " meeting on " + meetsOn);
        datesChanged();
        return id;
    }

    @Transactional
    public void change(long id, LocalDate meetsOn, LigMeeting.Kind kind, String notes, Authentication user) {
        LigMeeting before = meetings.find(id).orElseThrow();
        meetings.change(id, meetsOn, kind, notes, clock.instant());
        audit.record(user, Action.CHANGE_MEETING, subject(id), "Changed " + before.kind() + " meeting on "
                + before.meetsOn() + " to " + kind + " on " + meetsOn);
        datesChanged();
    }

    @Transactional
    public void recordAttendance(long id, Map<String, Boolean> attendance, Authentication user) {
        meetings.recordAttendance(id, attendance);
        Quorum.Verdict quorum = Quorum.of(attendance);
        audit.record(user, Action.RECORD_ATTENDANCE, subject(id), "Present: "
                + attendance.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList()
                + (quorum.quorate() ? "; quorate" : "; not quorate"));
    }

    private void datesChanged() {
        scheduling.meetingsChanged();
    }

    static String subject(long meetingId) {
        return "meeting:" + meetingId;
    }
}
