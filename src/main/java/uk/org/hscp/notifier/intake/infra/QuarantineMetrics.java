package uk.org.hscp.notifier.intake.infra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.platform.MetricsProperties;
import uk.org.hscp.notifier.platform.ScrapeCache;
import uk.org.hscp.notifier.platform.Timestamps;

/**
 * The quarantine as the HSCP team's queue of work: e-mails waiting for a review ({@code hscp_quarantine_waiting}),
 * how long the longest-waiting one has waited since it was quarantined ({@code hscp_quarantine_oldest_age_seconds})
 * and in whole working days ({@code hscp_quarantine_oldest_age_working_days}: 1 once the same time of day has come
 * round on the next working day). Read from the journal on scrape, cached briefly.
 */
@Component
class QuarantineMetrics implements MeterBinder {

    record Waiting(long count, Instant oldest) {
    }

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final ScrapeCache<Waiting> waiting;

    QuarantineMetrics(JdbcClient jdbc, WorkingDayCalendar calendar, ZoneId zone, Clock clock,
            MetricsProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
        this.waiting = properties.cached(this::read);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hscp.quarantine.waiting", waiting, w -> w.get().count())
                .description("Quarantined e-mails waiting for a review by the HSCP team").register(registry);
        Gauge.builder("hscp.quarantine.oldest.age", waiting, w -> ageSeconds(w.get()))
                .description("How long the longest-waiting quarantined e-mail has waited (0 when none waits)")
                .baseUnit("seconds").register(registry);
        Gauge.builder("hscp.quarantine.oldest.age.working.days", waiting, w -> ageWorkingDays(w.get()))
                .description("Whole working days the longest-waiting quarantined e-mail has waited (0 when none waits)")
                .register(registry);
    }

    private Waiting read() {
        return jdbc.sql("""
                SELECT COUNT(*), MIN(COALESCE(decided_at, received_at)) FROM inbound_email
                WHERE outcome = 'QUARANTINED' AND review_status IS NULL""")
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getObject(2) == null ? null
                        : Timestamps.instant(rs.getObject(2, OffsetDateTime.class))))
                .single();
    }

    private double ageSeconds(Waiting w) {
        return w.oldest() == null ? 0 : Math.max(0, Duration.between(w.oldest(), clock.instant()).toSeconds());
    }

    /** Working days from the day it was quarantined to today, less one while today's hour has not reached its hour. */
    private double ageWorkingDays(Waiting w) {
        if (w.oldest() == null) {
            return 0;
        }
        ZonedDateTime since = w.oldest().atZone(zone);
        ZonedDateTime now = clock.instant().atZone(zone);
        try {
            int days = calendar.workingDaysBetween(since.toLocalDate(), now.toLocalDate());
            if (days > 0 && calendar.isWorkingDay(now.toLocalDate()) && now.toLocalTime().isBefore(since.toLocalTime())) {
                days--;
            }
            return days;
        } catch (WorkingDayCalendar.CalendarNotCoveredException e) {
            return Math.floor(ageSeconds(w) / 86_400.0);
        }
    }
}
