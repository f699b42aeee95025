package uk.org.hscp.notifier.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds an operator-edited file from {@code config/}: the working directory's {@code ./config/} first
 * (what an operator edits), else the copy packaged in the jar. Used by start-up and by the command-line
 * tools, which start no Spring context.
 */
public final class ConfigFiles {

    /** Overrides the folder, for example {@code -Dhscp.config-dir=/etc/review-notifier}. */
    public static final String CONFIG_DIR_PROPERTY = "hscp.config-dir";

    private ConfigFiles() {
    }

    public static InputStream open(String name) {
        Path file = directory().resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        InputStream packaged = ConfigFiles.class.getClassLoader().getResourceAsStream("config/" + name);
        if (packaged == null) {
            throw new IllegalStateException("Configuration file not found: " + file.toAbsolutePath()
                    + " (nor config/" + name + " in the jar)");
        }
        return packaged;
    }

    /** Where a file is read from, for error messages. */
    public static String describe(String name) {
        Path file = directory().resolve(name);
        return Files.isRegularFile(file) ? file.toString() : "classpath:config/" + name;
    }

    private static Path directory() {
        return Path.of(System.getProperty(CONFIG_DIR_PROPERTY, "config"));
    }
}
