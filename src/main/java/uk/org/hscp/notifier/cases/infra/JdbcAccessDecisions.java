package uk.org.hscp.notifier.cases.infra;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.org.hscp.notifier.cases.AccessDecisions;
import uk.org.hscp.notifier.cases.NeedToKnow;
import uk.org.hscp.notifier.platform.Timestamps;

@Repository
class JdbcAccessDecisions implements AccessDecisions {

    private final JdbcClient jdbc;

    JdbcAccessDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void decide(long caseId, String agency, NeedToKnow.TeamDecision decision, String by, Instant at) {
        jdbc.sql("DELETE FROM case_agency_access WHERE case_id = :c AND agency = :a").param("c", caseId)
                .param("a", agency).update();
        jdbc.sql("""
                INSERT INTO case_agency_access (case_id, agency, decision, decided_by, decided_at)
                VALUES (:c, :a, :d, :by, :at)""")
                .param("c", caseId).param("a", agency).param("d", decision.name()).param("by", by)
                .param("at", Timestamps.utc(at)).update();
    }

    @Override
    public Map<Long, NeedToKnow.TeamDecision> of(String agency, Optional<Long> caseId) {
        Map<Long, NeedToKnow.TeamDecision> decisions = new HashMap<>();
        var statement = jdbc.sql("SELECT case_id, decision FROM case_agency_access WHERE agency = :agency"
                + (caseId.isPresent() ? " AND case_id = :caseId" : "")).param("agency", agency);
        if (caseId.isPresent()) {
            statement = statement.param("caseId", caseId.get());
        }
        statement.query(rs -> {
            decisions.put(rs.getLong(1), NeedToKnow.TeamDecision.valueOf(rs.getString(2)));
        });
        return decisions;
    }
}
