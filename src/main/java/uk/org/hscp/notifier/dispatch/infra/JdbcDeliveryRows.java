package uk.org.hscp.notifier.dispatch.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.dispatch.DeliveryRows;
import uk.org.hscp.notifier.platform.Timestamps;

@Repository
class JdbcDeliveryRows implements DeliveryRows {

    private static final int HISTORY_CHUNK = 500;
    private static final String SELECT = """
            SELECT d.id, d.case_id, d.notice_kind, d.deadline_id, d.recipient, d.role,
                d.subject, d.status, d.attempts, d.last_smtp_reply, d.message_id, d.sha256, d.body, d.created_at,
                d.sent_at
            FROM delivery d""";

    private final JdbcClient jdbc;

    JdbcDeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> find(Filter query) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        query.caseId().ifPresent(v -> {
            sql.append(" AND d.case_id = :case");
            params.put("case", v);
        });
        if (!query.statuses().isEmpty()) {
            sql.append(" AND d.status IN (:statuses)");
            params.put("statuses", List.copyOf(query.statuses()));
        }
        query.recipientContains().ifPresent(v -> {
            sql.append(" AND LOWER(d.recipient) LIKE :recipient ESCAPE '\\'");
            params.put("recipient", "%" + like(v.toLowerCase(Locale.ROOT)) + "%");
        });
        query.role().ifPresent(v -> {
            sql.append(" AND (d.role = :role OR d.role LIKE :rolePrefix ESCAPE '\\')");
            params.put("role", v);
            params.put("rolePrefix", like(v) + ":%");
        });
        query.from().ifPresent(v -> {
            sql.append(" AND d.created_at >= :from");
            params.put("from", Timestamps.utc(v));
        });
        query.before().ifPresent(v -> {
            sql.append(" AND d.created_at < :to");
            params.put("to", Timestamps.utc(v));
        });
        sql.append(" ORDER BY d.created_at DESC, d.id DESC LIMIT :size");
        params.put("size", query.size());
        List<Row> records = jdbc.sql(sql.toString()).params(params).query(JdbcDeliveryRows::row).list();
        return withHistory(records);
    }

    @Override
    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(JdbcDeliveryRows::row).optional()
                .map(r -> withHistory(List.of(r)).get(0));
    }

    private List<Row> withHistory(List<Row> records) {
        Map<Long, List<Change>> history = new HashMap<>();
        for (int start = 0; start < records.size(); start += HISTORY_CHUNK) {
            List<Long> ids = records.subList(start, Math.min(records.size(), start + HISTORY_CHUNK)).stream()
                    .map(Row::id).toList();
            jdbc.sql("SELECT delivery_id, status, changed_at, detail FROM delivery_event WHERE delivery_id IN (:ids)"
                    + " ORDER BY delivery_id, id")
                    .param("ids", ids)
                    .query(rs -> {
                        history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Change(
                                rs.getString(2), Timestamps.instant(rs.getObject(3, OffsetDateTime.class)),
                                rs.getString(4)));
                    });
        }
        return records.stream().map(r -> new Row(r.id(), r.caseId(), r.noticeKind(), r.deadlineId(), r.recipient(),
                r.role(), r.subject(), r.status(), r.attempts(), r.lastSmtpReply(), r.messageId(), r.sha256(), r.body(),
                r.createdAt(), r.sentAt(), List.copyOf(history.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("case_id", Long.class), rs.getString("notice_kind"),
                rs.getObject("deadline_id", Long.class), rs.getString("recipient"), rs.getString("role"),
                rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_smtp_reply"),
                rs.getString("message_id"), rs.getString("sha256") == null ? null : rs.getString("sha256").strip(),
                rs.getString("body"), Timestamps.instant(rs.getObject("created_at", OffsetDateTime.class)),
                Timestamps.instant(rs.getObject("sent_at", OffsetDateTime.class)), List.of());
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
