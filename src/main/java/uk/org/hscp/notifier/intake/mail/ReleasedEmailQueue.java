package uk.org.hscp.notifier.intake.mail;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.org.hscp.notifier.intake.MailboxIntake.FormsToRead;

/**
 * Puts the journal id of a released e-mail that passed screening on intake.received, as the mailbox route
 * does for a new e-mail, once the release has committed (so routes/intake-read-forms.yaml finds it PENDING).
 */
@Component
class ReleasedEmailQueue {

    static final String INTAKE_QUEUE = "jms:queue:intake.received";

    private static final Logger log = LoggerFactory.getLogger(ReleasedEmailQueue.class);

    private final ProducerTemplate producer;

    ReleasedEmailQueue(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** Never throws at the releaser: an id not sent stays PENDING and is sent again by releasing it again. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onFormsToRead(FormsToRead event) {
        try {
            producer.sendBody(INTAKE_QUEUE, Long.toString(event.emailId()));
        } catch (RuntimeException e) {
            log.warn("E-mail {} could not be put on the intake queue now ({})", event.emailId(),
                    e.getClass().getSimpleName());
        }
    }
}
