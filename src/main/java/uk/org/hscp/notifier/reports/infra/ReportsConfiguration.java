package uk.org.hscp.notifier.reports.infra;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.reports.Reports;

@Configuration
class ReportsConfiguration {

    @Bean
    Reports reports(ReportQueries queries, TimescaleCatalogue catalogue, WorkingDayCalendar calendar,
            Recipients recipients, ZoneId zone, Clock clock) {
        // the LIG member agencies are those config/recipients.yml gives addresses for, as the requests go
        return new Reports(queries, catalogue, calendar, List.copyOf(recipients.ligAgencies()), zone, clock);
    }
}
