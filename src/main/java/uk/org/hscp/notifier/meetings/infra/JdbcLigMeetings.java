package uk.org.hscp.notifier.meetings.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.deadlines.LigMeetingCalendar;
import uk.org.hscp.notifier.meetings.LigMeeting;
import uk.org.hscp.notifier.meetings.LigMeetings;
import uk.org.hscp.notifier.platform.Timestamps;

/** The LIG meeting dates (lig_meeting) and who attended each (lig_meeting_attendance). */
@Repository
class JdbcLigMeetings implements LigMeetings, LigMeetingCalendar {

    private final JdbcClient jdbc;

    JdbcLigMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LigMeeting> all() {
        return jdbc.sql("SELECT id, meets_on, kind, notes FROM lig_meeting ORDER BY meets_on, id")
                .query((rs, n) -> meeting(rs)).list();
    }

    @Override
    public Optional<LigMeeting> find(long id) {
        return jdbc.sql("SELECT id, meets_on, kind, notes FROM lig_meeting WHERE id = :id").param("id", id)
                .query((rs, n) -> meeting(rs)).optional();
    }

    @Override
    public long add(LocalDate meetsOn, LigMeeting.Kind kind, String notes, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lig_meeting (meets_on, kind, notes, created_at, updated_at)
                VALUES (:meetsOn, :kind, :notes, :now, :now)""")
                .param("meetsOn", meetsOn).param("kind", kind.name()).param("notes", notes)
                .param("now", Timestamps.utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    @Override
    public void change(long id, LocalDate meetsOn, LigMeeting.Kind kind, String notes, Instant now) {
        jdbc.sql("UPDATE lig_meeting SET meets_on = :meetsOn, kind = :kind, notes = :notes, updated_at = :now WHERE id = :id")
                .param("meetsOn", meetsOn).param("kind", kind.name()).param("notes", notes)
                .param("now", Timestamps.utc(now)).param("id", id).update();
    }

    @Override
    public Map<String, Boolean> attendance(long meetingId) {
        Map<String, Boolean> attendance = new LinkedHashMap<>();
        jdbc.sql("SELECT agency_code, present FROM lig_meeting_attendance WHERE meeting_id = :id ORDER BY agency_code")
                .param("id", meetingId)
                .query(rs -> {
                    attendance.put(rs.getString(1), rs.getBoolean(2));
                });
        return attendance;
    }

    @Override
    public void recordAttendance(long meetingId, Map<String, Boolean> attendance) {
        jdbc.sql("DELETE FROM lig_meeting_attendance WHERE meeting_id = :id").param("id", meetingId).update();
        attendance.forEach((agency, present) -> jdbc.sql("""
                INSERT INTO lig_meeting_attendance (meeting_id, agency_code, present) VALUES (:id, :agency, :present)""")
                .param("id", meetingId).param("agency", agency).param("present", present).update());
    }

    @Override
    public Optional<LocalDate> meetingAfter(LocalDate day) {
        return jdbc.sql("SELECT meets_on FROM lig_meeting WHERE meets_on > :day ORDER BY meets_on LIMIT 1")
                .param("day", day).query(LocalDate.class).optional();
    }

    private static LigMeeting meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LigMeeting(rs.getLong("id"), rs.getObject("meets_on", LocalDate.class),
                LigMeeting.Kind.valueOf(rs.getString("kind")), rs.getString("notes"));
    }
}
