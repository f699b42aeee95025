package uk.org.hscp.notifier.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffAuthorities;
import uk.org.hscp.notifier.security.StaffRole;

/**
 * Who may read a case and its forms: the HSCP team every case and form; a LIG member the cases its agency needs
 * to know about ({@link NeedToKnow}: its summary request open, it answered "involved", or the HSCP team added
 * it) and, of those, only its own agency's forms and e-mails; nobody else (auditors read no case). This class
 * gathers the facts from the database; the rule is {@link NeedToKnow}.
 */
@Component
public class CaseAccess {

    /** The SQL condition a query of cases {@code c} adds for a LIG member; bind {@code :readable} to {@link #restrictTo}. */
    public static final String READABLE = "c.id IN (:readable)";

    private static final String SUMMARY = "SUMMARY_OF_INVOLVEMENT";

    private final JdbcClient jdbc;
    private final KnownSenders senders;
    private final ObjectMapper json;

    CaseAccess(JdbcClient jdbc, KnownSenders senders, ObjectMapper json) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.json = json;
    }

    public boolean canRead(Authentication user, long caseId) {
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            return true;
        }
        Optional<String> agency = ligAgency(user);
        return agency.isPresent() && NeedToKnow.mayRead(facts(caseId, agency.get()));
    }

    /** Whether the user may read a form of a case (or its e-mail) that came from {@code sender}. */
    public boolean canReadForm(Authentication user, long caseId, String sender) {
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            return true;
        }
        Optional<String> agency = ligAgency(user);
        return agency.isPresent() && agency.equals(agencyOf(sender)) && canRead(user, caseId);
    }

    /** A LIG member's agency: what the case page narrows to (its own forms, deadlines and events). */
    public Optional<String> narrowTo(Authentication user) {
        return StaffAuthorities.has(user, StaffRole.HSCP_TEAM) ? Optional.empty() : Optional.of(ligAgency(user)
                .orElse("-"));
    }

    /** The agency code of the sender of an e-mail, if it is a known sender. */
    public Optional<String> agencyOf(String sender) {
        return senders.agencyOf(sender).map(KnownSenders.Agency::code);
    }

    /**
     * Empty for the HSCP team (every case); else the ids of the cases the user may read (for a LIG member
     * those of {@link NeedToKnow}; for anyone else none), never empty, to bind to {@code :readable} in
     * {@link #READABLE}.
     */
    public Optional<List<Long>> restrictTo(Authentication user) {
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>(ligAgency(user).map(this::readableBy).orElse(Set.of()));
        if (ids.isEmpty()) {
            ids.add(-1L);
        }
        return Optional.of(ids);
    }

    /** The facts {@link NeedToKnow} decides on, for one agency and one case. */
    public NeedToKnow.Facts facts(long caseId, String agency) {
        return facts(agency, Optional.of(caseId)).getOrDefault(caseId,
                new NeedToKnow.Facts(false, Optional.empty(), Optional.empty()));
    }

    /** Records the HSCP team's grant or revocation (the caller audits it). */
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

    private Set<Long> readableBy(String agency) {
        Set<Long> readable = new HashSet<>();
        facts(agency, Optional.empty()).forEach((caseId, facts) -> {
            if (NeedToKnow.mayRead(facts)) {
                readable.add(caseId);
            }
        });
        return readable;
    }

    /** Facts per case for the agency: every case it was asked about or the team decided on, or just {@code only}. */
    private Map<Long, NeedToKnow.Facts> facts(String agency, Optional<Long> only) {
        String oneCase = only.isPresent() ? " AND case_id = :only" : "";
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agency);
        only.ifPresent(id -> params.put("only", id));
        Map<Long, Boolean> asked = new HashMap<>();
        jdbc.sql("SELECT case_id, status FROM deadline WHERE timescale_id = '" + SUMMARY + "' AND agency = :agency"
                        + oneCase).params(params)
                .query(rs -> {
                    asked.merge(rs.getLong(1), "OPEN".equals(rs.getString(2)), Boolean::logicalOr);
                });
        Map<Long, NeedToKnow.TeamDecision> decisions = new HashMap<>();
        jdbc.sql("SELECT case_id, decision FROM case_agency_access WHERE agency = :agency" + oneCase).params(params)
                .query(rs -> {
                    decisions.put(rs.getLong(1), NeedToKnow.TeamDecision.valueOf(rs.getString(2)));
                });
        Map<Long, Boolean> answers = new HashMap<>();
        jdbc.sql("""
                SELECT f.case_id, e.sender, f.form_json FROM case_form f JOIN inbound_email e ON e.id = f.inbound_email_id
                WHERE f.form_type = 'LIG_REFERRAL_RESPONSE' AND f.case_id IN (SELECT case_id FROM deadline
                    WHERE timescale_id = '""" + SUMMARY + "' AND agency = :agency" + oneCase + ")"
                        + " ORDER BY f.received_at, f.id").params(params)
                .query(rs -> {
                    if (agencyOf(rs.getString(2)).filter(agency::equals).isPresent()) {
                        long caseId = rs.getLong(1);
                        Optional<Boolean> known = knownToAgency(rs.getString(3));
                        answers.remove(caseId); // the latest form counts, even one that does not say
                        known.ifPresent(k -> answers.put(caseId, k));
                    }
                });
        Map<Long, NeedToKnow.Facts> facts = new HashMap<>();
        Set<Long> cases = new HashSet<>(asked.keySet());
        cases.addAll(decisions.keySet());
        for (long caseId : cases) {
            facts.put(caseId, new NeedToKnow.Facts(asked.getOrDefault(caseId, false),
                    Optional.ofNullable(answers.get(caseId)), Optional.ofNullable(decisions.get(caseId))));
        }
        return facts;
    }

    private Optional<Boolean> knownToAgency(String formJson) {
        try {
            JsonNode known = json.readTree(formJson).get("knownToAgency");
            return known != null && known.isBoolean() ? Optional.of(known.booleanValue()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> ligAgency(Authentication user) {
        return StaffAuthorities.has(user, StaffRole.LIG_MEMBER) ? StaffAuthorities.agencyOf(user) : Optional.empty();
    }
}
