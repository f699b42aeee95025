package uk.org.hscp.notifier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.hscp.notifier.cli.AuditVerifyCommand;
import uk.org.hscp.notifier.support.Database;

/**
 * The audit chain on a real database (H2 and PostgreSQL subclasses): {@code audit-verify}, run as the jar runs it
 * (its own connection from {@code --spring.datasource.*}), reports a row changed or deleted in the database by its
 * id; appends from many transactions at once make one unbroken chain.
 */
abstract class AuditChainContract {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    /** {@code --spring.datasource.url=…} and the user: how an operator points the command at the database. */
    abstract List<String> databaseArguments();

    @BeforeEach
    void cleanSlate() {
        Database.clean(jdbc);
    }

    @Test
    void anUntouchedTrailIsIntact() {
        List<Long> ids = recordFive();

        var run = auditVerify();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Audit chain intact: 5 entries checked");
        assertThat(ids).containsExactly(ids.get(0), ids.get(0) + 1, ids.get(0) + 2, ids.get(0) + 3, ids.get(0) + 4);
    }

    @Test
    void aRowChangedInTheDatabaseIsReportedByItsId() {
        List<Long> ids = recordFive();
        jdbc.sql("UPDATE audit_event SET username = 'someone-else' WHERE id = :id").param("id", ids.get(2)).update();

        var run = auditVerify();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("Audit chain BROKEN: entry id " + ids.get(2) + " was changed");
    }

    @Test
    void aRowDeletedFromTheDatabaseIsReportedByItsId() {
        List<Long> ids = recordFive();
        jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", ids.get(1)).update();

        var run = auditVerify();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("entry id " + ids.get(1) + " was removed");
    }

    @Test
    void theNewestRowDeletedIsReportedToo() {
        List<Long> ids = recordFive();
        jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", ids.get(4)).update();

        var run = auditVerify();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("entry id " + ids.get(4) + " was removed");
    }

    @Test
    void aRowRewrittenWithAFreshHashIsFoundByTheNextRowsLink() {
        List<Long> ids = recordFive();
        var row = jdbc.sql("SELECT id, at, username, action, subject, detail, prev_hash FROM audit_event WHERE id = :id")
                .param("id", ids.get(3)).query((rs, n) -> new Object[] {rs.getObject("at",
                        java.time.OffsetDateTime.class).toInstant(), rs.getString("prev_hash")}).single();
        String forged = AuditHash.of(ids.get(3), (java.time.Instant) row[0], "team", "VIEW_CASE", "HSCP-2026-0004",
                "nothing to see", (String) row[1]);
        jdbc.sql("UPDATE audit_event SET detail = 'nothing to see', hash = :h WHERE id = :id")
                .param("h", forged).param("id", ids.get(3)).update();

        var run = auditVerify();

        assertThat(run.out()).contains("entry id " + ids.get(3) + " was changed");
    }

    @Test
    void aRowAddedInTheDatabaseIsReportedByItsId() {
        List<Long> ids = recordFive();
        long forged = ids.get(4) + 1;
        jdbc.sql("INSERT INTO audit_event (id, at, username, action, subject, detail, prev_hash, hash)"
                        + " SELECT :id, at, 'team', 'VIEW_CASE', subject, NULL, hash, hash FROM audit_event WHERE id = :last")
                .param("id", forged).param("last", ids.get(4)).update();

        var run = auditVerify();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("entry id " + forged + " was added outside the service");
    }

    @Test
    void appendsFromManyTransactionsAtOnceMakeOneChain() throws Exception {
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 25; i++) {
                    int n = i;
                    transaction.executeWithoutResult(tx -> audit.record(user(), AuditTrail.Action.VIEW_CASE,
                            "HSCP-2026-0001", "writer " + writer + " entry " + n));
                }
            }));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        List<Long> ids = jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list();
        assertThat(ids).hasSize(100);
        assertThat(ids).containsExactlyElementsOf(LongStream.range(ids.get(0), ids.get(0) + 100).boxed().toList());
        var run = auditVerify();
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("Audit chain intact: 100 entries checked");
    }

    @Test
    void anEntryWhoseTransactionRollsBackLeavesNoHoleInTheChain() {
        recordFive();
        try {
            transaction.executeWithoutResult(tx -> {
                audit.record(user(), AuditTrail.Action.VIEW_CASE, "HSCP-2026-0009", null);
                throw new IllegalStateException("the action failed");
            });
        } catch (IllegalStateException expected) {
            // its entry goes with it
        }
        recordFive();

        var run = auditVerify();

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("Audit chain intact: 10 entries checked");
    }

    List<Long> recordFive() {
        for (int i = 1; i <= 5; i++) {
            audit.record(user(), AuditTrail.Action.VIEW_CASE, "HSCP-2026-000" + i, i == 3 ? "form 12" : null);
        }
        return jdbc.sql("SELECT id FROM (SELECT id FROM audit_event ORDER BY id DESC LIMIT 5) t ORDER BY id")
                .query(Long.class).list();
    }

    static TestingAuthenticationToken user() {
        return new TestingAuthenticationToken("team", "n/a");
    }

    record Run(int status, String out, String err) {
    }

    Run auditVerify() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = AuditVerifyCommand.run(databaseArguments(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
