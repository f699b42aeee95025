package uk.org.hscp.notifier.dispatch.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.dispatch.CaseDeliveries;

@Repository
class JdbcCaseDeliveries implements CaseDeliveries {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    JdbcCaseDeliveries(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public List<Delivery> ofCase(long caseId) {
        return jdbc.sql("""
                SELECT id, role, notice_kind, status, created_at, sent_at FROM delivery
                WHERE case_id = :caseId ORDER BY created_at, id""")
                .param("caseId", caseId)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getString("role"), rs.getString("notice_kind"),
                        rs.getString("status"), zoned(rs, "created_at"), zoned(rs, "sent_at")))
                .list();
    }

    private ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(zone);
    }
}
