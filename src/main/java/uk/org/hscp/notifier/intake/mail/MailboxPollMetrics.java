package uk.org.hscp.notifier.intake.mail;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.RouteIdAware;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.intake.MailboxesProperties;

/**
 * camel-mail's poll strategy for every mailbox route ({@code pollStrategy} in routes/intake-mailbox.yaml): each
 * poll of a mailbox is timed ({@code hscp_mailbox_poll_seconds}, by mailbox and outcome, the e-mails it took in
 * included), the moment of its last successful poll kept ({@code hscp_mailbox_last_successful_poll_timestamp_seconds},
 * the service's start until the first one), and the e-mails left in its inbox after the poll
 * ({@code hscp_mailbox_messages_waiting}: more than a poll takes, or arrived while it ran). A failed poll (the
 * password expired, the server away) is logged as camel-mail logs it and tried again at the next poll.
 */
@Component("mailboxPollMetrics")
public class MailboxPollMetrics extends DefaultPollingConsumerPollStrategy {

    private static final String ROUTE_PREFIX = "intake-mailbox-";
    /** What the poll on this thread found: its start and the messages in the inbox when it began. */
    private static final ThreadLocal<long[]> POLL = new ThreadLocal<>();

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccessMillis = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();

    MailboxPollMetrics(MeterRegistry registry, MailboxesProperties mailboxes, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        mailboxes.mailboxes().forEach(m -> gaugesFor(m.name()));
    }

    /** Called by {@link PollPrefetch} with the inbox's message count, the first time a poll asks about a message. */
    static void inboxHolds(int messages) {
        long[] poll = POLL.get();
        if (poll != null) {
            poll[1] = Math.max(poll[1], messages);
        }
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        POLL.set(new long[] {System.nanoTime(), 0});
        return super.begin(consumer, endpoint);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        String mailbox = mailbox(consumer);
        long[] poll = finish(mailbox, "success");
        if (!waiting.containsKey(mailbox)) {
            gaugesFor(mailbox);
        }
        lastSuccessMillis.get(mailbox).set(clock.millis());
        waiting.get(mailbox).set(poll == null ? 0 : Math.max(0, poll[1] - polledMessages));
        super.commit(consumer, endpoint, polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        finish(mailbox(consumer), "failure");
        return super.rollback(consumer, endpoint, retryCounter, cause);
    }

    private long[] finish(String mailbox, String outcome) {
        long[] poll = POLL.get();
        POLL.remove();
        if (poll != null) {
            Timer.builder("hscp.mailbox.poll")
                    .description("One poll of a mailbox, the e-mails it took in included")
                    .tags("mailbox", mailbox, "outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - poll[0], TimeUnit.NANOSECONDS);
        }
        return poll;
    }

    private synchronized void gaugesFor(String mailbox) {
        AtomicLong last = lastSuccessMillis.computeIfAbsent(mailbox, m -> new AtomicLong(clock.millis()));
        AtomicLong left = waiting.computeIfAbsent(mailbox, m -> new AtomicLong());
        Gauge.builder("hscp.mailbox.last.successful.poll.timestamp", last, v -> v.get() / 1000.0)
                .description("When the mailbox was last polled without an error (the service's start until then)")
                .baseUnit("seconds").tag("mailbox", mailbox).register(registry);
        Gauge.builder("hscp.mailbox.messages.waiting", left, AtomicLong::get)
                .description("E-mails left in the inbox after the last poll").tag("mailbox", mailbox)
                .register(registry);
    }

    private static String mailbox(Consumer consumer) {
        String route = consumer instanceof RouteIdAware aware ? aware.getRouteId() : null;
        return route != null && route.startsWith(ROUTE_PREFIX) ? route.substring(ROUTE_PREFIX.length()) : "unknown";
    }
}
