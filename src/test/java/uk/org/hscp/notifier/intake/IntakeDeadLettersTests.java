package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.ServiceTest;

/** An e-mail whose reading failed on every redelivery lands on intake.dead: kept, quarantined, team alerted. */
@ServiceTest
class IntakeDeadLettersTests {

    @Autowired EmailJournal journal;
    @Autowired JmsTemplate jms;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void aDeadLetteredEmailIsQuarantinedAndTheTeamAlerted() {
        long id = journal.record(new EmailJournal.NewEmail(
                new RawEmail("hscp", "uid:1:999", "Subject: test\r\n\r\nbody".getBytes(), Instant.now()),
                "<dead-letter-test@hants.gov.uk>", "jo.whitcombe@hampshire.police.uk", "test", Instant.now(), List.of()));

        jms.convertAndSend("intake.dead", Long.toString(id));

        await().until(() -> journal.find(id).orElseThrow().outcome() == IntakeOutcome.QUARANTINED);
        assertThat(journal.find(id).orElseThrow().reason()).isEqualTo(QuarantineReason.PROCESSING_FAILED);
        assertThat(jdbc.sql("SELECT kind FROM notice WHERE inbound_email_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("INTAKE_ALERT");
    }
}
