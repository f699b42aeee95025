package uk.org.hscp.notifier.deadlines.infra;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.deadlines.Urgency;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.platform.MetricsProperties;
import uk.org.hscp.notifier.platform.ScrapeCache;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * Deadlines and reminders as gauges, read on scrape (cached briefly): open deadlines by urgency as the Today
 * page colours them ({@code hscp_deadlines_open}: overdue, due within 2 working days, within 5, later),
 * reminders due and not yet fired ({@code hscp_reminders_due}), and the days left before the working-day
 * calendar's data runs out ({@code hscp_calendar_coverage_remaining_days}, to {@code coveredUntil} of
 * config/bank-holidays.yml): past that no deadline can be counted.
 */
@Component
class DeadlineMetrics implements MeterBinder {

    static final Map<Urgency, String> URGENCY = Map.of(Urgency.RED, "overdue",
            Urgency.AMBER, "due_within_2_working_days", Urgency.GREEN, "due_within_5_working_days",
            Urgency.LATER, "later");

    record Snapshot(Map<Urgency, Long> open, long remindersDue) {
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final ScrapeCache<Snapshot> snapshot;

    DeadlineMetrics(JdbcClient jdbc, WorkingDayCalendar calendar, ZoneId zone, Clock clock,
            MetricsProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
        this.snapshot = properties.cached(this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Urgency urgency : Urgency.values()) {
            Gauge.builder("hscp.deadlines.open", snapshot, s -> s.get().open().getOrDefault(urgency, 0L))
                    .tag("urgency", URGENCY.get(urgency))
                    .description("Open deadlines with a due date, by how soon they are due").register(registry);
        }
        Gauge.builder("hscp.reminders.due", snapshot, s -> s.get().remindersDue())
                .description("Reminders whose moment has come and that have not fired yet").register(registry);
        Gauge.builder("hscp.calendar.coverage.remaining", this, DeadlineMetrics::coverageDaysLeft)
                .description("Days until the working-day calendar's data runs out (coveredUntil)")
                .baseUnit("days").register(registry);
    }

    private double coverageDaysLeft() {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), zone), calendar.coveredUntil());
    }

    private Snapshot read() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<Urgency, Long> open = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            open.put(u, 0L);
        }
        LocalDate horizon;
        try {
            horizon = calendar.addWorkingDays(today, Urgency.HORIZON_WORKING_DAYS);
        } catch (WorkingDayCalendar.CalendarNotCoveredException e) {
            horizon = today.plusDays(Urgency.HORIZON_WORKING_DAYS);
        }
        Instant until = horizon.plusDays(1).atStartOfDay(zone).toInstant();
        List<Instant> soon = jdbc.sql("SELECT due_at FROM deadline WHERE status = 'OPEN' AND due_at IS NOT NULL"
                        + " AND due_at < :until")
                .param("until", Timestamps.utc(until))
                .query((rs, n) -> Timestamps.instant(rs.getObject(1, OffsetDateTime.class))).list();
        for (Instant dueAt : soon) {
            open.merge(urgency(dueAt, now, today), 1L, Long::sum);
        }
        long later = jdbc.sql("SELECT COUNT(*) FROM deadline WHERE status = 'OPEN' AND due_at IS NOT NULL"
                        + " AND due_at >= :until")
                .param("until", Timestamps.utc(until)).query(Long.class).single();
        open.merge(Urgency.LATER, later, Long::sum);
        long due = jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'PENDING' AND fire_at <= :now")
                .param("now", Timestamps.utc(now)).query(Long.class).single();
        return new Snapshot(open, due);
    }

    private Urgency urgency(Instant dueAt, Instant now, LocalDate today) {
        try {
            return Urgency.of(dueAt.atZone(zone).toLocalDate(), dueAt.isBefore(now), today, calendar);
        } catch (WorkingDayCalendar.CalendarNotCoveredException e) {
            return dueAt.isBefore(now) ? Urgency.RED : Urgency.LATER;
        }
    }
}
