package uk.org.hscp.notifier.retention.quartz;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import uk.org.hscp.notifier.retention.RetentionPurge;

/**
 * The daily purge ({@link RetentionPurge#purgeDue()}), on a cron trigger in Quartz's JDBC job store: in a cluster
 * one member fires it, {@code @DisallowConcurrentExecution} keeps a slow run from overlapping the next, and every
 * batch re-checks its rows, so a second run the same day changes nothing. A run missed while the service was down
 * fires once at start-up.
 */
@DisallowConcurrentExecution
public class RetentionJob extends QuartzJobBean {

    private RetentionPurge purge;

    @Autowired
    public void setPurge(RetentionPurge purge) {
        this.purge = purge;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        purge.purgeDue();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail retentionJobDetail() {
            return JobBuilder.newJob(RetentionJob.class).withIdentity("retention-purge", "retention").storeDurably()
                    .requestRecovery().build();
        }

        @Bean
        Trigger retentionTrigger(JobDetail retentionJobDetail, @Value("${hscp.retention.cron:0 30 2 * * ?}") String cron,
                @Value("${hscp.zone:Europe/London}") String zone) {
            return TriggerBuilder.newTrigger().forJob(retentionJobDetail).withIdentity("retention-daily", "retention")
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
        }
    }
}
