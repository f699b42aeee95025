package uk.org.hscp.notifier.deadlines.infra;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.org.hscp.notifier.deadlines.BankHolidays;
import uk.org.hscp.notifier.deadlines.DeadlineCalculator;
import uk.org.hscp.notifier.deadlines.DeadlineScheduling;
import uk.org.hscp.notifier.deadlines.ReminderPlanner;
import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;
import uk.org.hscp.notifier.deadlines.quartz.WakeUps;
import uk.org.hscp.notifier.notices.Notices;
import uk.org.hscp.notifier.dispatch.Recipients;
import uk.org.hscp.notifier.deadlines.DeadlineStore;
import uk.org.hscp.notifier.deadlines.LigMeetingCalendar;

/** The timescale rules, built once at start-up from config/: a bad catalogue or calendar stops start-up. */
@Configuration
class DeadlinesConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return BankHolidays.load();
    }

    @Bean
    TimescaleCatalogue timescaleCatalogue() {
        return TimescaleCatalogue.load();
    }

    @Bean
    DeadlineCalculator deadlineCalculator(WorkingDayCalendar calendar, ZoneId zone) {
        return new DeadlineCalculator(calendar, zone);
    }

    @Bean
    ReminderPlanner reminderPlanner(WorkingDayCalendar calendar, ZoneId zone,
            @Value("${hscp.reminders.send-time:09:00}") LocalTime sendTime) {
        return new ReminderPlanner(calendar, zone, sendTime);
    }

    @Bean
    DeadlineScheduling deadlineScheduling(TimescaleCatalogue catalogue, DeadlineCalculator calculator,
            ReminderPlanner planner, DeadlineStore store, LigMeetingCalendar meetings, WakeUps wakeUps,
            Notices notices, Recipients recipients, Clock clock) {
        // the LIG member agencies are those config/recipients.yml gives addresses for
        return new DeadlineScheduling(catalogue, calculator, planner, store, meetings, wakeUps, notices,
                List.copyOf(recipients.ligAgencies()), clock);
    }
}
