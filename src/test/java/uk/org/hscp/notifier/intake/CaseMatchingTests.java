package uk.org.hscp.notifier.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.forms.Form;
import uk.org.hscp.notifier.forms.RapidReviewForm;
import uk.org.hscp.notifier.forms.ReferralResponseForm;

/** Which case a response or rapid review belongs to: subject first, then the printed reference, then (responses) the name. */
class CaseMatchingTests {

    private static final Map<String, CaseSummary> BY_REFERENCE = Map.of(
            "HSCP-2026-0001", summary(1, "HSCP-2026-0001"),
            "HSCP-2026-0002", summary(2, "HSCP-2026-0002"),
            "HSCP-2026-0003", summary(3, "HSCP-2026-0003"),
            "HSCP-2026-0004", summary(4, "HSCP-2026-0004"));
    /** Kai Fairbrother has one case (3); two children called Sam Jones have one each (4 and 1). */
    private static final Map<String, List<CaseSummary>> BY_NAME = Map.of(
            "Kai Fairbrother", List.of(BY_REFERENCE.get("HSCP-2026-0003")),
            "Sam Jones", List.of(BY_REFERENCE.get("HSCP-2026-0004"), BY_REFERENCE.get("HSCP-2026-0001")));

    private final CaseMatching matching = new CaseMatching(
            reference -> Optional.ofNullable(BY_REFERENCE.get(reference.value())),
            (first, last) -> BY_NAME.getOrDefault(first + " " + last, List.of()));

    @ParameterizedTest(name = "{0} form, subject \"{1}\", printed {2}, child \"{3}\" → case {4} (by name: {5})")
    @CsvSource(nullValues = "-", value = {
            // the subject's reference wins over the printed one and the name
            "response, RE: Summary request HSCP-2026-0001, HSCP-2026-0002, Kai Fairbrother, 1, false",
            // no reference in the subject: the printed one
            "response, Our summary,                        HSCP-2026-0002, Kai Fairbrother, 2, false",
            // a subject reference that names no case falls through to the printed one
            "response, RE: HSCP-2026-0099,                 HSCP-2026-0002, -,               2, false",
            // no reference at all: the one case of the child named, found by name alone
            "response, Our summary,                        -,              Kai Fairbrother, 3, true",
            "response, Our summary,                        -,              '  Kai   Fairbrother ', 3, true",
            // a name two cases share, or one name only, or a name no case has: no match
            "response, Our summary,                        -,              Sam Jones,       -, false",
            "response, Our summary,                        -,              Kai,             -, false",
            "response, Our summary,                        -,              Ann Other,       -, false",
            // a rapid review is matched by reference only, never by name
            "rapid,    Rapid review HSCP-2026-0004,        -,              -,               4, false",
            "rapid,    Rapid review,                       HSCP-2026-0003, -,               3, false",
            "rapid,    Rapid review,                       -,              -,               -, false"})
    void matchesTheCase(String kind, String subject, String printed, String child, Long expectedCase, boolean byName) {
        Form form = kind.equals("rapid")
                ? new RapidReviewForm(printed, null, null, null, null, null, null, Set.of(), Set.of())
                : new ReferralResponseForm(printed, child == null ? List.of() : List.of(child), null, null, null, null,
                        null, null);

        Optional<CaseMatching.Match> match = matching.caseFor(form, subject);

        assertThat(match.map(m -> m.found().id()).orElse(null)).isEqualTo(expectedCase);
        match.ifPresent(m -> assertThat(m.byName()).isEqualTo(byName));
    }

    private static CaseSummary summary(long id, String reference) {
        return new CaseSummary(id, CaseReference.parse(reference).orElseThrow(), "Child " + id, "OPEN",
                Instant.parse("2026-11-23T09:00:00Z"));
    }
}
