package uk.org.hscp.notifier.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scenarios 2 and 3 (and 6) of issue 15: two instances of the jar on one mailbox, one database and one broker.
 * 300 distinct referrals → 300 cases, each e-mail once in Processed, each acknowledgement once at Postfix. Then
 * another 300, with one instance killed (kill -9) at a random moment of the burst and started again → the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesReliabilityIT {

    private static final int BURST = 300;

    private Scenario scenario;
    private NotifierProcess a;
    private NotifierProcess b;

    @BeforeAll
    void twoInstances() {
        scenario = Scenario.begin("two");
        a = scenario.instance("a").start();
        scenario.figure("startup_a_s", SingleInstanceReliabilityIT.round(a.awaitUp(Duration.ofMinutes(4))));
        b = scenario.instance("b").start();
        scenario.figure("startup_b_s", SingleInstanceReliabilityIT.round(b.awaitUp(Duration.ofMinutes(4))));
    }

    @AfterAll
    void stop() {
        scenario.close();
    }

    @Test
    @Order(1)
    void threeHundredReferralsOnTwoInstancesAreTakenInOnce() {
        Burst burst = new Burst(scenario, "pair", BURST);
        long started = System.nanoTime();
        burst.deliver();
        burst.awaitSettled(Duration.ofMinutes(5));
        scenario.figure("pair_settled_s", SingleInstanceReliabilityIT.round((System.nanoTime() - started) / 1e9));
        SoftAssertions soft = new SoftAssertions();
        burst.assertExactlyOnce(soft);
        soft.assertAll();
    }

    @Test
    @Order(2)
    void aKillMinusNineMidBurstAndARestartLoseAndDoubleNothing() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killAt = 30 + random.nextInt(BURST - 60);
        NotifierProcess victim = random.nextBoolean() ? a : b;
        scenario.figure("kill_plan", "seed " + seed + ": kill -9 of " + victim.name() + " once " + killAt
                + " of " + BURST + " e-mails are journaled");

        Burst burst = new Burst(scenario, "kill", BURST);
        long started = System.nanoTime();
        burst.deliver();
        Awaitility.await("journaled " + killAt).atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> burst.journaled() >= killAt);
        victim.kill9();
        scenario.figure("killed_at", burst.journaled() + " journaled when " + victim.name() + " was killed");
        assertThat(victim.alive()).isFalse();
        victim.start();
        scenario.figure("restart_s", SingleInstanceReliabilityIT.round(victim.awaitUp(Duration.ofMinutes(4))));

        burst.awaitSettled(Duration.ofMinutes(5));
        scenario.figure("kill_settled_s", SingleInstanceReliabilityIT.round((System.nanoTime() - started) / 1e9));
        SoftAssertions soft = new SoftAssertions();
        burst.assertExactlyOnce(soft);
        soft.assertAll();
    }

    @Test
    @Order(3)
    void theirLogsHoldNoPersonalDataOfTheForms() {
        assertThat(scenario.personalDataInLogs()).as("personal data of the forms in the logs").isEmpty();
    }
}
