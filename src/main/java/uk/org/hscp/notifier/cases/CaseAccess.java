package uk.org.hscp.notifier.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.agencies.KnownSenders;
import uk.org.hscp.notifier.deadlines.CaseDeadlines;
import uk.org.hscp.notifier.security.StaffAuthorities;
import uk.org.hscp.notifier.security.StaffRole;

/**
 * Who may read a case and its forms: the HSCP team every case and form; a LIG member the cases its agency needs
 * to know about ({@link NeedToKnow}: its summary request open, it answered "involved", or the HSCP team added
 * it) and, of those, only its own agency's forms and e-mails; nobody else (auditors read no case). This class
 * gathers the facts from the modules that hold them; the rule is {@link NeedToKnow}.
 */
@Component
public class CaseAccess {

    /** The SQL condition a query of cases {@code c} adds for a LIG member; bind {@code :readable} to {@link #restrictTo}. */
    public static final String READABLE = "c.id IN (:readable)";

    private static final String RESPONSE_FORM = "LIG_REFERRAL_RESPONSE";

    private final Cases cases;
    private final AccessDecisions decisions;
    private final CaseDeadlines deadlines;
    private final OriginalEmails emails;
    private final KnownSenders senders;
    private final ObjectMapper json;

    CaseAccess(Cases cases, AccessDecisions decisions, CaseDeadlines deadlines, OriginalEmails emails,
            KnownSenders senders, ObjectMapper json) {
        this.cases = cases;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.emails = emails;
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
    public void decide(long caseId, String agency, NeedToKnow.TeamDecision decision, String by, Instant at) {
        decisions.decide(caseId, agency, decision, by, at);
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
        Map<Long, Boolean> asked = deadlines.summaryRequests(agency, only);
        Map<Long, NeedToKnow.TeamDecision> decided = decisions.of(agency, only);
        List<CaseForm> responses = cases.formsOfType(RESPONSE_FORM, asked.keySet());
        Map<Long, OriginalEmails.Email> emails = this.emails.byId(
                responses.stream().map(CaseForm::inboundEmailId).toList());
        Map<Long, Boolean> answers = new HashMap<>();
        for (CaseForm response : responses) { // oldest first: the latest form counts, even one that does not say
            OriginalEmails.Email email = emails.get(response.inboundEmailId());
            if (email != null && agencyOf(email.sender()).filter(agency::equals).isPresent()) {
                answers.remove(response.caseId());
                knownToAgency(response.json()).ifPresent(known -> answers.put(response.caseId(), known));
            }
        }
        Map<Long, NeedToKnow.Facts> facts = new HashMap<>();
        Set<Long> cases = new HashSet<>(asked.keySet());
        cases.addAll(decided.keySet());
        for (long caseId : cases) {
            facts.put(caseId, new NeedToKnow.Facts(asked.getOrDefault(caseId, false),
                    Optional.ofNullable(answers.get(caseId)), Optional.ofNullable(decided.get(caseId))));
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
