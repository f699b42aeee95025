package uk.org.hscp.notifier.intake.mail;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.EmailJournal;
import uk.org.hscp.notifier.intake.IntakeProperties;
import uk.org.hscp.notifier.intake.MailboxesProperties;

/** One route per configured mailbox, from the template in routes/intake-mailbox.yaml. */
@Component
class MailboxRoutes implements CamelContextConfiguration {

    static final String TEMPLATE = "intake-mailbox";

    private final MailboxesProperties mailboxes;
    private final IntakeProperties intake;
    private final EmailJournal journal;

    private final java.time.Clock clock;

    MailboxRoutes(MailboxesProperties mailboxes, IntakeProperties intake, EmailJournal journal, java.time.Clock clock) {
        this.clock = clock;
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.journal = journal;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (var mailbox : mailboxes.mailboxes()) {
            camelContext.getRegistry().bind("mailboxMover-" + mailbox.name(),
                    new MailboxMover(mailbox.name(), journal, intake, clock));
            TemplatedRouteBuilder.builder(camelContext, TEMPLATE)
                    .routeId("intake-mailbox-" + mailbox.name())
                    .parameter("mailbox", mailbox.name())
                    .parameter("protocol", mailbox.protocol())
                    .parameter("host", mailbox.host())
                    .parameter("port", Integer.toString(mailbox.port()))
                    .parameter("username", mailbox.username())
                    .parameter("password", mailbox.password() == null ? "" : mailbox.password())
                    .parameter("pollDelayMs", Long.toString(intake.pollDelayMs()))
                    .parameter("maxMessagesPerPoll", Integer.toString(intake.maxMessagesPerPoll()))
                    .parameter("mover", "#mailboxMover-" + mailbox.name())
                    .add();
        }
    }
}
