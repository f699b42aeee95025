package uk.org.hscp.notifier.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;

/** The LIG meeting dates (lig_meeting) and who attended each (lig_meeting_attendance). */
@Repository
public class LigMeetings {

    private final JdbcClient jdbc;

    LigMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every meeting, earliest first. */
    public List<LigMeeting> all() {
        return jdbc.sql("SELECT id, meets_on, kind, notes FROM lig_meeting ORDER BY meets_on, id")
                .query((rs, n) -> meeting(rs)).list();
    }

    public Optional<LigMeeting> find(long id) {
        return jdbc.sql("SELECT id, meets_on, kind, notes FROM lig_meeting WHERE id = :id").param("id", id)
                .query((rs, n) -> meeting(rs)).optional();
    }

    public long add(LocalDate meetsOn, LigMeeting.Kind kind, String notes, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lig_meeting (meets_on, kind, notes, created_at, updated_at)
                VALUES (:meetsOn, :kind, :notes, :now, :now)""")
                .param("meetsOn", meetsOn).param("kind", kind.name()).param("notes", notes)
                .param("now", Timestamps.utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void change(long id, LocalDate meetsOn, LigMeeting.Kind kind, String notes, Instant now) {
        jdbc.sql("UPDATE lig_meeting SET meets_on = :meetsOn, kind = :kind, notes = :notes, updated_at = :now WHERE id = :id")
                .param("meetsOn", meetsOn).param("kind", kind.name()).param("notes", notes)
                .param("now", Timestamps.utc(now)).param("id", id).update();
    }

    /** Agency code to present; empty when attendance was not recorded. */
    public Map<String, Boolean> attendance(long meetingId) {
        Map<String, Boolean> attendance = new LinkedHashMap<>();
        jdbc.sql("SELECT agency_code, present FROM lig_meeting_attendance WHERE meeting_id = :id ORDER BY agency_code")
                .param("id", meetingId)
                .query(rs -> {
                    attendance.put(rs.getString(1), rs.getBoolean(2));
                });
        return attendance;
    }

    /** Replaces the attendance of the meeting with this one. */
    public void recordAttendance(long meetingId, Map<String, Boolean> attendance) {
        jdbc.sql("DELETE FROM lig_meeting_attendance WHERE meeting_id = :id").param("id", meetingId).update();
        attendance.forEach((agency, present) -> jdbc.sql("""
                INSERT INTO lig_meeting_attendance (meeting_id, agency_code, present) VALUES (:id, :agency, :present)""")
                .param("id", meetingId).param("agency", agency).param("present", present).update());
    }

    /** The cases whose deadlines may depend on the meeting dates. */
    public List<Long> openCaseIds() {
        return jdbc.sql("SELECT id FROM review_case WHERE status = 'OPEN' ORDER BY id").query(Long.class).list();
    }

    private static LigMeeting meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LigMeeting(rs.getLong("id"), rs.getObject("meets_on", LocalDate.class),
                LigMeeting.Kind.valueOf(rs.getString("kind")), rs.getString("notes"));
    }
}
