package uk.org.hscp.notifier.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DueRule;
import uk.org.hscp.notifier.deadlines.DueRule.Unit;
import uk.org.hscp.notifier.deadlines.Offset;

class InWordsTests {

    @Test
    void dueRulesReadAsTheTimescalesSayThem() {
        assertThat(InWords.due(new DueRule.After(CaseEventType.REFERRAL_FIRST_NOTIFIED, 48, Unit.HOURS)))
                .isEqualTo("48 hours after referral first notified");
        assertThat(InWords.due(new DueRule.After(CaseEventType.INCIDENT_AWARENESS, 1, Unit.WORKING_DAYS)))
                .isEqualTo("1 working day after incident awareness");
        assertThat(InWords.due(new DueRule.Before(CaseEventType.PUBLICATION_DATE_SET, 7, Unit.WORKING_DAYS)))
                .isEqualTo("7 working days before publication date set");
        assertThat(InWords.due(new DueRule.EarliestOf(List.of(
                new DueRule.After(CaseEventType.REPORT_COMPLETED, 7, Unit.WORKING_DAYS),
                new DueRule.Before(CaseEventType.PUBLICATION_DATE_SET, 7, Unit.WORKING_DAYS)))))
                .isEqualTo("the earlier of 7 working days after report completed and 7 working days before publication date set");
        assertThat(InWords.due(new DueRule.WithDeadline("RAPID_REVIEW"))).isEqualTo("when the RAPID_REVIEW deadline is due");
        assertThat(InWords.due(new DueRule.BeforeNextMeeting(5))).isEqualTo("5 working days before the next LIG meeting");
        assertThat(InWords.due(new DueRule.After(CaseEventType.LCSPR_DECIDED, 6, Unit.MONTHS)))
                .isEqualTo("6 months after lcspr decided");
    }

    @Test
    void reminderOffsetsReadAsBeforeOnTheDayAndAfter() {
        assertThat(InWords.offsets(List.of(Offset.parse("-2WD"), Offset.parse("0WD"), Offset.parse("+1WD"),
                Offset.parse("-24H")))).isEqualTo("2 working days before, on the day, 1 working day after, 24 hours before");
        assertThat(InWords.offsets(List.of())).isEmpty();
    }
}
