package uk.org.hscp.notifier.platform;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.bind.BindException;

/** Binding a section of settings for {@link SettingsCheck.Part}s: a failure becomes a problem naming the key. */
public final class SettingsBinding {

    private SettingsBinding() {
    }

    /** The bound value, or null with the problem added. */
    public static <T> T bind(List<String> problems, String what, Supplier<T> binding) {
        try {
            return binding.get();
        } catch (BindException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            problems.add(what + ": " + (e.getProperty() == null ? "" : e.getProperty().getName() + ": ")
                    + cause.getMessage());
            return null;
        } catch (RuntimeException e) {
            problems.add(what + ": " + e.getMessage());
            return null;
        }
    }

    /** A property's value, or null when it is missing or names an environment variable that is not set. */
    public static String quietly(Supplier<String> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException unresolved) {
            return null;
        }
    }
}
