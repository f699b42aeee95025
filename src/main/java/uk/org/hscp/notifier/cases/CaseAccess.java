package uk.org.hscp.notifier.cases;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import uk.org.hscp.notifier.security.StaffAuthorities;
import uk.org.hscp.notifier.security.StaffRole;

/**
 * Who may read a case in the staff pages: the HSCP team every case; a LIG member only the cases their agency
 * was asked about (it has a summary-of-involvement deadline for the case); nobody else.
 */
@Component
public class CaseAccess {

    /** The SQL condition a query of cases adds for a LIG member: {@code :agency} was asked about case {@code c}. */
    public static final String ASKED_AGENCY = "EXISTS (SELECT 1 FROM deadline a WHERE a.case_id = c.id"
            + " AND a.timescale_id = 'SUMMARY_OF_INVOLVEMENT' AND a.agency = :agency)";

    private final JdbcClient jdbc;

    CaseAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean canRead(Authentication user, long caseId) {
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            return true;
        }
        Optional<String> agency = ligAgency(user);
        return agency.isPresent() && jdbc.sql("SELECT COUNT(*) FROM review_case c WHERE c.id = :id AND " + ASKED_AGENCY)
                .param("id", caseId).param("agency", agency.get()).query(Integer.class).single() > 0;
    }

    /** Empty for the HSCP team (every case); the agency of a LIG member, else a value that matches no agency. */
    public Optional<String> restrictTo(Authentication user) {
        if (StaffAuthorities.has(user, StaffRole.HSCP_TEAM)) {
            return Optional.empty();
        }
        return Optional.of(ligAgency(user).orElse("-"));
    }

    private static Optional<String> ligAgency(Authentication user) {
        return StaffAuthorities.has(user, StaffRole.LIG_MEMBER) ? StaffAuthorities.agencyOf(user) : Optional.empty();
    }
}
