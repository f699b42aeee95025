package uk.org.hscp.notifier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.hscp.notifier.support.EmbeddedPostgresHolder;
import uk.org.hscp.notifier.support.PostgresServiceTest;

/**
 * {@link AuditChainContract} on PostgreSQL, and the grants of V27: the application role may add and read audit
 * rows, never change or delete them; its purge goes through the owner's function and leaves the chain checkable.
 */
@PostgresServiceTest
class AuditChainOnPostgresTests extends AuditChainContract {

    static final String APP_ROLE = "review_notifier_app";

    @Autowired DataSource dataSource;

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + EmbeddedPostgresHolder.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
    }

    @Test
    void theApplicationRoleCanAddAndReadAuditRowsButNeverChangeOrDeleteThem() throws SQLException {
        assertThat(jdbc.sql("SELECT description FROM flyway_schema_history WHERE version = '26'").query(String.class)
                .single()).isEqualTo("seal existing audit rows into the hash chain");
        List<Long> ids = recordFive();
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute("SET ROLE " + APP_ROLE);
            try {
                assertThat(s.executeQuery("SELECT COUNT(*) FROM audit_event").next()).isTrue();
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET detail = 'x' WHERE id = " + ids.get(0)))
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event WHERE id = " + ids.get(0)))
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_chain_anchor SET anchor_id = 0"))
                        .hasMessageContaining("permission denied");
                // it still writes everything else
                assertThat(s.executeUpdate("UPDATE audit_chain_head SET last_id = last_id WHERE id = 1")).isEqualTo(1);
                assertThat(s.executeUpdate("UPDATE review_case SET status = status")).isGreaterThanOrEqualTo(0);
            } finally {
                s.execute("RESET ROLE");
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail = 'x'").query(Long.class).single()).isZero();
    }

    @Test
    void theApplicationRolePurgesThroughTheOwnersFunctionAndTheChainStaysCheckable() throws SQLException {
        List<Long> ids = recordFive();
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute("SET ROLE " + APP_ROLE);
            try (var rs = s.executeQuery("SELECT hscp_audit_purge('" + Instant.parse("2100-01-01T00:00:00Z")
                    + "', 2, now())")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            } finally {
                s.execute("RESET ROLE");
            }
        }
        assertThat(jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list())
                .containsExactlyElementsOf(ids.subList(2, 5));
        assertThat(jdbc.sql("SELECT anchor_id FROM audit_chain_anchor").query(Long.class).single()).isEqualTo(ids.get(1));

        var run = auditVerify();

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("Audit chain intact: 3 entries checked after the purged entries up to id "
                + ids.get(1));
    }
}
