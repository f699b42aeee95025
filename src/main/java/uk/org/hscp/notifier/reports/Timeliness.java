package uk.org.hscp.notifier.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well each statutory timescale was kept in a period, as of a moment (the report's "now").
 *
 * <ul>
 * <li><b>Due</b>: deadlines whose due date (London) falls in the period; cancelled ones (stopped, or replaced
 * by a correction) are left out;</li>
 * <li><b>Met on time</b>: met at or before the due moment (an event recorded for the due date itself is on
 * time: a deadline is due at 23:59:59 of its last day);</li>
 * <li><b>Met late</b>: met after the due moment, whenever that was;</li>
 * <li><b>Missed</b>: not met, and the due moment has passed;</li>
 * <li><b>Still open</b>: not met and not yet due at the end of the period (or now, if the period has not ended):
 * deadlines due later in the period, and those running at its end and due after it (or due on a date not
 * known yet), which are not in Due;</li>
 * <li><b>Days late</b>: calendar days from the due date to the date it was met, or to today for a missed one;
 * median and worst over the met late and missed ones.</li>
 * </ul>
 */
public final class Timeliness {

    /** One deadline as the report needs it: which timescale, its dates and how it ended; no case. */
    public record Deadline(String timescaleId, String agency, Instant started, Instant due, String status,
            Instant met) {

        boolean cancelled() {
            return "CANCELLED".equals(status);
        }

        boolean metBy(Instant moment) {
            return "MET".equals(status) && met != null && !met.isAfter(moment);
        }
    }

    public record Row(String timescaleId, String title, int due, int onTime, int late, int missed, int open,
            OptionalDouble medianDaysLate, OptionalInt worstDaysLate) {

        /** Everything the row's bar shows. */
        public int total() {
            return onTime + late + missed + open;
        }
    }

    private Timeliness() {
    }

    /**
     * The order of the procedure: by the first section number a timescale cites (5.1 before 5.2 before 10.3.1),
     * those citing no numbered section (an appendix) after them, then by id.
     */
    public static <T> Comparator<T> inProcedureOrder(Function<T, String> section, Function<T, String> id) {
        Comparator<T> bySection = (a, b) -> {
            List<Integer> x = sectionNumber(section.apply(a));
            List<Integer> y = sectionNumber(section.apply(b));
            if (x.isEmpty() || y.isEmpty()) {
                return Boolean.compare(x.isEmpty(), y.isEmpty());
            }
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = Integer.compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        };
        return bySection.thenComparing(id);
    }

    private static List<Integer> sectionNumber(String section) {
        Matcher number = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)*)").matcher(section == null ? "" : section);
        if (!number.find()) {
            return List.of();
        }
        return java.util.Arrays.stream(number.group(1).split("\\.")).map(Integer::valueOf).toList();
    }

    /**
     * @param titles every timescale to show, in order (the catalogue's), with its title; a timescale found in
     *               the data but no longer in the catalogue is added after them under its id
     */
    public static List<Row> of(List<Deadline> deadlines, Map<String, String> titles, ReportPeriod period, Instant now,
            ZoneId zone) {
        Instant periodEnd = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        Instant asOf = now.isBefore(periodEnd) ? now : periodEnd;
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<String, String> order = new LinkedHashMap<>(titles);
        deadlines.forEach(d -> order.putIfAbsent(d.timescaleId(), d.timescaleId()));
        List<Row> rows = new ArrayList<>();
        for (var timescale : order.entrySet()) {
            int due = 0, onTime = 0, late = 0, missed = 0, open = 0;
            List<Integer> daysLate = new ArrayList<>();
            for (Deadline d : deadlines) {
                if (!d.timescaleId().equals(timescale.getKey()) || d.cancelled()) {
                    continue;
                }
                LocalDate dueDate = d.due() == null ? null : LocalDate.ofInstant(d.due(), zone);
                if (period.contains(dueDate)) {
                    due++;
                    if ("MET".equals(d.status()) && d.met() != null) {
                        if (d.met().isAfter(d.due())) {
                            late++;
                            daysLate.add((int) ChronoUnit.DAYS.between(dueDate, LocalDate.ofInstant(d.met(), zone)));
                        } else {
                            onTime++;
                        }
                    } else if (d.due().isBefore(now)) {
                        missed++;
                        daysLate.add((int) ChronoUnit.DAYS.between(dueDate, today));
                    } else {
                        open++;
                    }
                } else if ((dueDate == null || dueDate.isAfter(period.to())) && d.started() != null
                        && !LocalDate.ofInstant(d.started(), zone).isAfter(period.to()) && d.started().isBefore(asOf)
                        && !d.metBy(asOf)) {
                    open++; // running at the end of the period, due after it
                }
            }
            rows.add(new Row(timescale.getKey(), timescale.getValue(), due, onTime, late, missed, open,
                    Median.of(daysLate), daysLate.stream().mapToInt(Integer::intValue).max()));
        }
        return List.copyOf(rows);
    }
}
