package uk.org.hscp.notifier.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
 * Scenario 4 on the same pair: 10,000 reminders due at one moment, the instance that fires them killed mid-firing;
 * every reminder gets its notice once, the rest from the survivor within Quartz's check-in interval plus 5 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesReliabilityIT {

    private static final int BURST = 300;
    private static final int REMINDERS = 10_000;
    /** The reminder notices of scenario 4's own cases (the bursts' cases have reminders of their own). */
    private static final String OWN_NOTICES = "notice n JOIN review_case c ON c.id = n.case_id"
            + " WHERE c.reference LIKE 'RELY-%' AND n.reminder_id IS NOT NULL";
    /** Quartz's default clusterCheckinInterval, which the production profile keeps. */
    private static final Duration CHECK_IN = Duration.ofMillis(7_500);
    /** Each instance's Quartz id named (AUTO otherwise), so the suite knows which one is firing. */
    private static final String QUARTZ_ID = "--spring.quartz.properties.org.quartz.scheduler.instanceId=";

    private Scenario scenario;
    private NotifierProcess a;
    private NotifierProcess b;

    @BeforeAll
    void twoInstances() {
        scenario = Scenario.begin("two");
        a = scenario.instance("a", QUARTZ_ID + "suite-a").start();
        scenario.figure("startup_a_s", SingleInstanceReliabilityIT.round(a.awaitUp(Duration.ofMinutes(4))));
        b = scenario.instance("b", QUARTZ_ID + "suite-b").start();
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
        // what the killed instance left SENDING: settled from the relay's sent copies, or sent again
        scenario.figure("kill_left_sending", scenario.count("SELECT COUNT(*) FROM delivery_event WHERE detail LIKE"
                + " '%its copy is in the sent-copies folder%'") + " found among the sent copies (SENT), "
                + scenario.count("SELECT COUNT(*) FROM delivery_event WHERE detail LIKE '%No outcome was recorded%'")
                + " sent again");
        SoftAssertions soft = new SoftAssertions();
        burst.assertExactlyOnce(soft);
        soft.assertAll();
    }

    @Test
    @Order(3)
    void tenThousandRemindersDueAtOnceFireOnceThoughTheFiringInstanceIsKilled() throws Exception {
        Awaitility.await("both instances up").atMost(Duration.ofMinutes(4)).until(() -> "UP".equals(a.status())
                && "UP".equals(b.status()));
        Instant due = Instant.now().plusSeconds(15);
        Reminders.write(scenario, REMINDERS, due);
        scenario.figure("reminders_written", REMINDERS + " due at " + due + ", written "
                + Duration.between(Instant.now(), due).toMillis() + " ms before");

        // the instance whose Quartz fires the wake-up, from Quartz's own table of fired triggers
        String firing = Awaitility.await("the wake-up fired").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    var rows = scenario.query("SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_group = ?",
                            Reminders.TRIGGER_GROUP);
                    return rows.isEmpty() ? null : (String) rows.get(0).get("instance_name");
                }, java.util.Objects::nonNull);
        NotifierProcess victim = firing.equals("suite-a") ? a : b;
        NotifierProcess survivor = victim == a ? b : a;
        Awaitility.await("the firing under way").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> reminderNotices() >= REMINDERS / 4
                        || scenario.count("SELECT COUNT(*) FROM qrtz_fired_triggers WHERE trigger_group = ?", Reminders.TRIGGER_GROUP) == 0);
        victim.kill9();
        Instant killed = Instant.now();
        long atKill = reminderNotices();
        scenario.figure("reminder_kill", "kill -9 of " + victim.name() + " (firing) with " + atKill + " of " + REMINDERS
                + " reminder notices written");

        Awaitility.await("every reminder fired").atMost(CHECK_IN.plusSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> reminderNotices() >= REMINDERS
                        && scenario.count("SELECT COUNT(*) FROM reminder r JOIN deadline d ON d.id = r.deadline_id"
                                + " JOIN review_case c ON c.id = d.case_id WHERE c.reference LIKE 'RELY-%'"
                                + " AND r.status = 'PENDING'") == 0);
        SoftAssertions soft = new SoftAssertions();
        long distinct = scenario.count("SELECT COUNT(DISTINCT n.reminder_id) FROM " + OWN_NOTICES);
        long twice = scenario.count("SELECT COUNT(*) FROM (SELECT n.reminder_id FROM " + OWN_NOTICES
                + " GROUP BY n.reminder_id HAVING COUNT(*) > 1) t");
        var last = scenario.query("SELECT MAX(n.created_at) AS last FROM " + OWN_NOTICES).get(0).get("last");
        Instant lastNotice = ((java.sql.Timestamp) last).toInstant();
        double afterKill = Duration.between(killed, lastNotice).toMillis() / 1000.0;
        scenario.figure("reminders_fired", distinct + " reminders with a notice, " + twice + " with more than one; "
                + (atKill < REMINDERS ? "the last " + (REMINDERS - atKill) + " by " + survivor.name() + ", the last one "
                + afterKill + " s after the kill" : "all before the kill"));
        soft.assertThat(distinct).as("reminders with a notice").isEqualTo(REMINDERS);
        soft.assertThat(twice).as("reminders with more than one notice").isZero();
        soft.assertThat(atKill).as("notices when the firing instance was killed (the kill must fall mid-firing)")
                .isLessThan(REMINDERS);
        soft.assertThat(afterKill).as("seconds from the kill to the survivor's last reminder notice")
                .isLessThanOrEqualTo(CHECK_IN.plusSeconds(5).toMillis() / 1000.0);
        soft.assertAll();
    }

    private long reminderNotices() {
        return scenario.count("SELECT COUNT(*) FROM " + OWN_NOTICES);
    }

    @Test
    @Order(4)
    void theirLogsHoldNoPersonalDataOfTheForms() {
        assertThat(scenario.personalDataInLogs()).as("personal data of the forms in the logs").isEmpty();
    }
}
