package uk.org.hscp.notifier.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5 (and 6) of issue 15, on one instance: the Artemis broker stopped for 60 s while notices are being
 * sent, PostgreSQL stopped for 30 s while e-mails arrive, Postfix answering 451 for 60 s. Each time, health shows
 * the part DOWN and then UP again without a restart of the service, and the burst of referrals of that outage is
 * taken in once, each acknowledgement and every other e-mail at Postfix once. The retry back-off starts at 10 s
 * here (hscp.dispatch.retry.initial-delay, 1 min by default) so that the relay outage settles within minutes.
 */
class OutagesReliabilityIT {

    private static final int BURST = 30;

    @Test
    void brokerDatabaseAndRelayOutagesLoseNothingAndSendNothingTwice() {
        try (Scenario scenario = Scenario.begin("outages")) {
            NotifierProcess service = scenario.instance("a", "--hscp.dispatch.retry.initial-delay=10s",
                    "--hscp.dispatch.retry.multiplier=1.5").start();
            scenario.figure("startup_s", SingleInstanceReliabilityIT.round(service.awaitUp(Duration.ofMinutes(4))));
            long pid = service.pid();
            SoftAssertions soft = new SoftAssertions();

            // the broker, while notices are being sent
            Burst broker = new Burst(scenario, "broker", BURST);
            broker.deliver();
            Awaitility.await("notices being sent").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> scenario.count("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'") >= 10);
            scenario.servers.artemis.stop();
            outage(scenario, soft, service, "jms", "broker", Duration.ofSeconds(60), scenario.servers.artemis::start);
            settle(scenario, soft, broker);

            // the database, while e-mails arrive
            Burst database = new Burst(scenario, "database", BURST);
            scenario.servers.postgres.stop();
            database.deliver();
            outage(scenario, soft, service, "db", "database", Duration.ofSeconds(30), scenario.servers.postgres::start);
            settle(scenario, soft, database);

            // the relay, answering 451 to every command
            Burst relay = new Burst(scenario, "relay", BURST);
            scenario.servers.postfix.refuseWith451(true);
            relay.deliver();
            outage(scenario, soft, service, "relay", "relay", Duration.ofSeconds(60),
                    () -> scenario.servers.postfix.refuseWith451(false));
            settle(scenario, soft, relay);

            soft.assertThat(service.alive() && service.pid() == pid).as("the same service process throughout").isTrue();
            soft.assertThat(scenario.personalDataInLogs()).as("personal data of the forms in the logs").isEmpty();
            soft.assertAll();
        }
    }

    /**
     * The part is away from now for the given time: health must show it DOWN within that time; then it comes back
     * and health must show it UP again (within 2 minutes). What health answered, and how fast, is kept as figures.
     */
    private static void outage(Scenario scenario, SoftAssertions soft, NotifierProcess service, String component,
            String what, Duration length, Runnable back) {
        long started = System.nanoTime();
        List<Double> latencies = new ArrayList<>();
        AtomicReference<String> lastSeen = new AtomicReference<>("none");
        Double down = null;
        try {
            Awaitility.await(component + " DOWN").atMost(length).pollInterval(Duration.ofMillis(500)).until(() -> {
                NotifierProcess.PartHealth health = service.part(component, length);
                latencies.add(health.seconds());
                lastSeen.set(health.status());
                return health.status().equals("DOWN");
            });
            down = (System.nanoTime() - started) / 1e9;
        } catch (ConditionTimeoutException e) {
            // measured below
        }
        scenario.figure(what + "_down_after_s", down == null ? "never within " + length.toSeconds() + " s (last: "
                + lastSeen.get() + ")" : SingleInstanceReliabilityIT.round(down));
        soft.assertThat(down).as("health shows %s DOWN during the %s outage", component, what).isNotNull();
        long remaining = length.toNanos() - (System.nanoTime() - started);
        if (remaining > 0) {
            // the outage lasts its full length: health keeps being asked meanwhile
            try {
                Awaitility.await().pollDelay(Duration.ofNanos(remaining)).atMost(Duration.ofNanos(remaining).plusSeconds(40))
                        .until(() -> {
                            latencies.add(service.part(component, Duration.ofSeconds(35)).seconds());
                            return true;
                        });
            } catch (ConditionTimeoutException e) {
                // health itself took longer than the outage: the latencies say so
            }
        }
        back.run();
        long restored = System.nanoTime();
        Double up = null;
        try {
            Awaitility.await(component + " UP").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        NotifierProcess.PartHealth health = service.part(component, Duration.ofSeconds(35));
                        latencies.add(health.seconds());
                        return health.status().equals("UP");
                    });
            up = (System.nanoTime() - restored) / 1e9;
        } catch (ConditionTimeoutException e) {
            // measured below
        }
        scenario.figure(what + "_up_after_s", up == null ? "not within 2 min" : SingleInstanceReliabilityIT.round(up));
        scenario.figure(what + "_health_answer_s", "max " + SingleInstanceReliabilityIT.round(
                latencies.stream().mapToDouble(Double::doubleValue).max().orElse(0)) + " of " + latencies.size() + " asks");
        soft.assertThat(up).as("health shows %s UP again after the %s outage, without a restart", component, what).isNotNull();
    }

    private static void settle(Scenario scenario, SoftAssertions soft, Burst burst) {
        long started = System.nanoTime();
        burst.awaitSettled(Duration.ofMinutes(4));
        scenario.figure(burst.run + "_settled_after_s", SingleInstanceReliabilityIT.round((System.nanoTime() - started) / 1e9));
        burst.assertExactlyOnce(soft);
    }
}
