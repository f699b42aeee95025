package uk.org.hscp.notifier.forms.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.hscp.notifier.forms.FormProblem;
import uk.org.hscp.notifier.forms.layout.Cell;

/** Problems met while reading values (a date that is not a date, two boxes ticked for one answer). */
final class Problems {

    private final List<FormProblem> list = new ArrayList<>();
    private final LocalDate today;

    Problems(LocalDate today) {
        this.today = today;
    }

    List<FormProblem> list() {
        return List.copyOf(list);
    }

    /** The date in a cell; an unreadable one is recorded against {@code label} and gives {@code null}. */
    LocalDate date(Cell cell, String label) {
        if (cell == null) {
            return null;
        }
        FormDates.DateValue value = FormDates.read(Values.fold(cell.unstruckText()), today);
        if (value.unreadable()) {
            unreadableDate(label);
        }
        return value.date();
    }

    LocalDate date(String text, String label) {
        FormDates.DateValue value = FormDates.read(text, today);
        if (value.unreadable()) {
            unreadableDate(label);
        }
        return value.date();
    }

    private void unreadableDate(String label) {
        list.add(new FormProblem(label, "is not a date we can read",
                "Write the date as day, month and year, for example 14/10/2026"));
    }

    /** The one option ticked, or {@code null}; more than one is recorded against {@code label}. */
    <E> E single(Map<E, Boolean> ticks, String label) {
        List<E> ticked = ticks.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (ticked.size() > 1) {
            moreThanOne(label);
            return null;
        }
        return ticked.isEmpty() ? null : ticked.get(0);
    }

    void moreThanOne(String label) {
        list.add(new FormProblem(label, "has more than one answer ticked", "Tick only one answer"));
    }
}
