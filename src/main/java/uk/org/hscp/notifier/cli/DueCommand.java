package uk.org.hscp.notifier.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.org.hscp.notifier.deadlines.BankHolidays;
import uk.org.hscp.notifier.deadlines.CaseEventType;
import uk.org.hscp.notifier.deadlines.DeadlineCalculator;
import uk.org.hscp.notifier.deadlines.DueRule;
import uk.org.hscp.notifier.deadlines.Timescale;
import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.deadlines.WorkingDayCalendar;

/**
 * {@code due TIMESCALE_ID FROM [--publication DATE]}: the due moment from the configured catalogue and
 * calendar, as one ISO-8601 date-time with offset. FROM is the date (or, for hour timescales, the
 * date-time, London time) the clock starts; the publication date feeds rules that count back from it.
 */
public final class DueCommand {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DueCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            out.println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due(args, TimescaleCatalogue.load(),
                    BankHolidays.load())));
            return 0;
        } catch (UsageException | WorkingDayCalendar.CalendarNotCoveredException
                | TimescaleCatalogue.InvalidCatalogueException e) {
            err.println("due: " + e.getMessage());
            return 2;
        }
    }

    static ZonedDateTime due(List<String> args, TimescaleCatalogue catalogue, WorkingDayCalendar calendar) {
        Optional<String> publication = Optional.empty();
        List<String> positional = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--publication")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--publication needs a date");
                }
                publication = Optional.of(args.get(++i));
            } else {
                positional.add(args.get(i));
            }
        }
        if (positional.isEmpty() || positional.size() > 2) {
            throw new UsageException("usage: due TIMESCALE_ID FROM [--publication DATE]");
        }
        String id = positional.get(0);
        Timescale timescale = catalogue.find(id).orElseThrow(() -> new UsageException("unknown timescale " + id
                + "; known: " + String.join(", ", catalogue.all().stream().map(Timescale::id).toList())));
        Map<CaseEventType, ZonedDateTime> dates = new EnumMap<>(CaseEventType.class);
        if (positional.size() == 2) {
            ZonedDateTime from = moment(positional.get(1));
            dates.put(primaryEvent(timescale, catalogue), from);
        }
        if (publication.isPresent()) {
            dates.put(CaseEventType.PUBLICATION_DATE_SET, moment(publication.get()));
        }
        DeadlineCalculator calculator = new DeadlineCalculator(calendar, LONDON);
        return dueOf(timescale, dates, catalogue, calculator).orElseThrow(() -> new UsageException(id
                + " needs " + needs(timescale)));
    }

    private static Optional<ZonedDateTime> dueOf(Timescale timescale, Map<CaseEventType, ZonedDateTime> dates,
            TimescaleCatalogue catalogue, DeadlineCalculator calculator) {
        return calculator.due(timescale.due(), new DeadlineCalculator.Dates() {
            public Optional<ZonedDateTime> event(CaseEventType event) {
                return Optional.ofNullable(dates.get(event));
            }

            public Optional<ZonedDateTime> deadline(String other) {
                Timescale otherTimescale = catalogue.find(other).orElseThrow();
                Map<CaseEventType, ZonedDateTime> its = new EnumMap<>(dates);
                Optional.ofNullable(dates.get(timescale.startEvent()))
                        .ifPresent(d -> its.putIfAbsent(primaryEvent(otherTimescale, catalogue), d));
                return dueOf(otherTimescale, its, catalogue, calculator);
            }

            public Optional<LocalDate> meetingAfter(LocalDate day) {
                throw new UsageException(timescale.id() + " depends on the LIG meeting dates; see the staff pages");
            }

            public Optional<ZonedDateTime> start() {
                return Optional.ofNullable(dates.get(timescale.startEvent()));
            }
        });
    }

    /** The event FROM stands for: the rule's first "after" event, else the start event. */
    private static CaseEventType primaryEvent(Timescale timescale, TimescaleCatalogue catalogue) {
        DueRule rule = timescale.due();
        if (rule instanceof DueRule.EarliestOf earliest) {
            rule = earliest.rules().get(0);
        }
        return rule instanceof DueRule.After after ? after.event() : timescale.startEvent();
    }

    private static String needs(Timescale timescale) {
        return timescale.anchors().contains(CaseEventType.PUBLICATION_DATE_SET) ? "FROM or --publication DATE"
                : "FROM";
    }

    private static ZonedDateTime moment(String text) {
        try {
            if (text.contains("T")) {
                return LocalDateTime.parse(text).atZone(LONDON);
            }
            return LocalDate.parse(text).atStartOfDay(LONDON);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM)");
        }
    }

    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }
}
