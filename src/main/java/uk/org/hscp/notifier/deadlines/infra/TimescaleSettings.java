package uk.org.hscp.notifier.deadlines.infra;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;

import uk.org.hscp.notifier.deadlines.BankHolidays;
import uk.org.hscp.notifier.deadlines.TimescaleCatalogue;
import uk.org.hscp.notifier.platform.SettingsCheck;

/** config/timescales.yml (every entry at fault) and config/bank-holidays.yml, for {@link SettingsCheck}. */
public class TimescaleSettings implements SettingsCheck.Part {

    @Override
    public List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        try {
            TimescaleCatalogue.load();
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        try {
            BankHolidays.load();
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        return problems;
    }
}
