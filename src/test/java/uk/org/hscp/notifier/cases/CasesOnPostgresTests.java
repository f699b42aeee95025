package uk.org.hscp.notifier.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.support.Database;
import uk.org.hscp.notifier.support.PostgresServiceTest;

/** References handed out by two intake consumers at once, on the production database. */
@PostgresServiceTest
class CasesOnPostgresTests {

    @Autowired Cases cases;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void twoCasesOpenedAtOnceInANewYearGetTheFirstTwoReferences() throws Exception {
        Instant newYear = Instant.parse("2031-01-02T09:00:00Z");
        var firstHasItsNumber = new CountDownLatch(1);
        var secondIsWaiting = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transaction.execute(tx -> {
            CaseSummary opened = cases.open(newCase("First"), newYear);
            firstHasItsNumber.countDown();
            await(secondIsWaiting); // the second transaction meets the new, uncommitted counter row
            return opened.reference().value();
        }));
        await(firstHasItsNumber);
        var second = CompletableFuture.supplyAsync(
                () -> transaction.execute(tx -> cases.open(newCase("Second"), newYear).reference().value()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'").query(Long.class).single() > 0);
        secondIsWaiting.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("HSCP-2031-0001");
        assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo("HSCP-2031-0002");
    }

    private static NewCase newCase(String firstName) {
        return new NewCase(firstName, "Tester", LocalDate.of(2020, 5, 1), "Hampshire Constabulary",
                "anna.kowalska@hampshire.police.uk", LocalDate.of(2031, 1, 2));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
