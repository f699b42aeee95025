package uk.org.hscp.notifier.deadlines;

import java.util.List;
import java.util.Set;

/**
 * One statutory timescale of the catalogue (config/timescales.yml): when its clock starts, how its due
 * moment is counted, what meets it, and who is reminded and when.
 *
 * @param perAgency one deadline for each LIG member agency asked (SUMMARY_OF_INVOLVEMENT)
 * @param recurring a new deadline follows each time it is met, until {@code stoppedBy}
 */
public record Timescale(String id, String title, String section, CaseEventType startEvent, DueRule due,
        CaseEventType metBy, CaseEventType stoppedBy, String whoMustAct, List<String> reminded,
        List<Offset> reminders, List<String> escalateTo, List<Offset> escalations, String whatToDo,
        boolean perAgency, boolean recurring, boolean enabled) {

    public Timescale {
        reminded = List.copyOf(reminded);
        reminders = List.copyOf(reminders);
        escalateTo = List.copyOf(escalateTo);
        escalations = List.copyOf(escalations);
    }

    /** Every event whose date this timescale's due moment depends on. */
    public Set<CaseEventType> anchors() {
        return due.events();
    }
}
