package uk.org.hscp.notifier.intake;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import uk.org.hscp.notifier.cases.CaseReference;
import uk.org.hscp.notifier.cases.CaseSummary;
import uk.org.hscp.notifier.cases.Cases;
import uk.org.hscp.notifier.forms.Form;
import uk.org.hscp.notifier.forms.RapidReviewForm;
import uk.org.hscp.notifier.forms.ReferralResponseForm;

/**
 * The rule matching a Referral Response or Rapid Review Form to its case: the reference in the e-mail's subject
 * (agencies reply to the team's request, whose subject carries it), else the reference printed on the form, else
 * (responses only) the one case whose child has a name the response gives. Two cases with that name: no match.
 */
final class CaseMatching {

    /** The case found, and whether by the child's name alone (the sender is then told nothing of it). */
    record Match(CaseSummary found, boolean byName) {
    }

    private final Function<CaseReference, Optional<CaseSummary>> byReference;
    private final BiFunction<String, String, List<CaseSummary>> byChildName;

    CaseMatching(Function<CaseReference, Optional<CaseSummary>> byReference,
            BiFunction<String, String, List<CaseSummary>> byChildName) {
        this.byReference = byReference;
        this.byChildName = byChildName;
    }

    static CaseMatching over(Cases cases) {
        return new CaseMatching(cases::findByReference, cases::findByChildName);
    }

    Optional<Match> caseFor(Form form, String subject) {
        Optional<CaseSummary> bySubject = CaseReference.findIn(subject).flatMap(byReference);
        if (bySubject.isPresent()) {
            return bySubject.map(found -> new Match(found, false));
        }
        String printed = form instanceof ReferralResponseForm response ? response.caseReference()
                : form instanceof RapidReviewForm rapidReview ? rapidReview.caseReference() : null;
        Optional<CaseSummary> byPrinted = CaseReference.parse(printed).flatMap(byReference);
        if (byPrinted.isPresent() || !(form instanceof ReferralResponseForm response)) {
            return byPrinted.map(found -> new Match(found, false));
        }
        return response.subjectChildren().stream()
                .map(name -> name.strip().split("\\s+"))
                .filter(parts -> parts.length >= 2)
                .map(parts -> byChildName.apply(parts[0], parts[parts.length - 1]))
                .filter(found -> found.size() == 1)
                .map(found -> new Match(found.get(0), true))
                .findFirst();
    }
}
