package uk.org.hscp.notifier.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which heading of the annual report a decision counts under, and the table per reporting year. */
class AnnualTableTests {

    @ParameterizedTest(name = "{0}, level {1}, LCSPR_DECIDED {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "LOCAL_REVIEW,    4, false, LCSPR",
            "LOCAL_REVIEW,    -, false, LCSPR",
            "-,               -, true,  LCSPR",           // LCSPR_DECIDED recorded by itself
            "NO_LOCAL_REVIEW, 1, false, SINGLE_AGENCY_OR_OTHER_REVIEW", // single agency or health review
            "NO_LOCAL_REVIEW, 2, false, SINGLE_AGENCY_OR_OTHER_REVIEW", // table top workshop
            "NO_LOCAL_REVIEW, 3, false, SINGLE_AGENCY_OR_OTHER_REVIEW", // partnership review
            "NO_LOCAL_REVIEW, 4, false, NO_FURTHER_ACTION",
            "NO_LOCAL_REVIEW, 5, false, NO_FURTHER_ACTION", // a national review is the Panel's
            "NO_LOCAL_REVIEW, -, false, NO_FURTHER_ACTION",
            "-,               -, false, AWAITING_DECISION",
    })
    void aDecisionCountsUnderOneHeading(String decision, String level, boolean lcsprDecided, AnnualHeading expected) {
        assertThat(AnnualHeading.of(Optional.ofNullable(decision), Optional.ofNullable(level), lcsprDecided))
                .isEqualTo(expected);
    }

    @Test
    void eachReferralCountsInTheYearItWasReceivedAndEveryYearBetweenIsShown() {
        List<AnnualTable.Referral> referrals = List.of(
                referral("2024-05-01", AnnualHeading.LCSPR, true),
                referral("2026-03-31", AnnualHeading.NO_FURTHER_ACTION, true), // decided in April: still 2025/26
                referral("2026-01-10", AnnualHeading.NO_FURTHER_ACTION, false),
                referral("2026-02-10", AnnualHeading.SINGLE_AGENCY_OR_OTHER_REVIEW, true),
                referral("2026-04-01", AnnualHeading.AWAITING_DECISION, false));

        assertThat(AnnualTable.of(referrals)).containsExactly(
                new AnnualTable.Row(2024, "2024/25", 1, 0, 0, 0, 1, 0),
                new AnnualTable.Row(2025, "2025/26", 3, 2, 1, 1, 0, 0),
                new AnnualTable.Row(2026, "2026/27", 1, 0, 0, 0, 0, 1));
        assertThat(AnnualTable.of(List.of())).isEmpty();
    }

    private static AnnualTable.Referral referral(String received, AnnualHeading heading, boolean rapidReview) {
        return new AnnualTable.Referral(LocalDate.parse(received), heading, rapidReview);
    }
}
