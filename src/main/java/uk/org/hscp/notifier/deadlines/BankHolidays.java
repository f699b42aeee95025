package uk.org.hscp.notifier.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import uk.org.hscp.notifier.platform.ConfigFiles;

/**
 * Builds the calendar from jollyday's United Kingdom data for England ({@code GB}, subdivision
 * {@code eng}: without it England-only days are missed) plus the local overrides and the coverage span
 * in config/bank-holidays.yml.
 */
public final class BankHolidays {

    public static final String FILE = "bank-holidays.yml";

    record Overrides(LocalDate coveredFrom, LocalDate coveredUntil, List<Day> add, List<Day> remove) {
    }

    record Day(LocalDate date, String name) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BankHolidays() {
    }

    public static WorkingDayCalendar load() {
        try (InputStream in = ConfigFiles.open(FILE)) {
            return englandAndWales(in, ConfigFiles.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkingDayCalendar englandAndWales(InputStream yaml, String source) {
        Overrides overrides;
        try {
            overrides = YAML.readValue(yaml, Overrides.class);
        } catch (IOException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
        if (overrides.coveredFrom() == null || overrides.coveredUntil() == null) {
            throw new IllegalStateException(source + ": coveredFrom and coveredUntil are required");
        }
        HolidayManager uk = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        Map<LocalDate, String> days = new HashMap<>();
        for (int year = overrides.coveredFrom().getYear(); year <= overrides.coveredUntil().getYear(); year++) {
            for (Holiday holiday : uk.getHolidays(Year.of(year), "eng")) {
                days.put(holiday.getDate(), holiday.getDescription());
            }
        }
        if (overrides.remove() != null) {
            overrides.remove().forEach(d -> days.remove(d.date()));
        }
        if (overrides.add() != null) {
            overrides.add().forEach(d -> days.put(d.date(), d.name()));
        }
        return new WorkingDayCalendar(days, overrides.coveredFrom(), overrides.coveredUntil());
    }
}
