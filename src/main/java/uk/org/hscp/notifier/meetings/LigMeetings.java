package uk.org.hscp.notifier.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The LIG meeting dates and who attended each. */
public interface LigMeetings {

    /** Every meeting, earliest first. */
    List<LigMeeting> all();

    Optional<LigMeeting> find(long id);

    long add(LocalDate meetsOn, LigMeeting.Kind kind, String notes, Instant now);

    void change(long id, LocalDate meetsOn, LigMeeting.Kind kind, String notes, Instant now);

    /** Agency code to present; empty when attendance was not recorded. */
    Map<String, Boolean> attendance(long meetingId);

    /** Replaces the attendance of the meeting with this one. */
    void recordAttendance(long meetingId, Map<String, Boolean> attendance);
}
