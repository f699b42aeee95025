package uk.org.hscp.notifier.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.org.hscp.notifier.platform.ConfigFiles;

/**
 * {@code config/retention.yml} as validated rules: for every {@link RecordClass}, how long it is kept and what
 * happens then. Every class must be there and every setting right, or loading fails naming the setting: the
 * service does not start, and nothing is purged on a guess.
 */
public record RetentionSchedule(Map<RecordClass, Rule> rules, int batchSize) {

    public static final String FILE = "retention.yml";

    /** One class's rule. */
    public record Rule(RecordClass recordClass, Period keep, Disposal then) {
    }

    /** A missing or wrong setting; the message names it (and every other one at fault). */
    public static class InvalidRetentionException extends RuntimeException {
        public InvalidRetentionException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public RetentionSchedule {
        rules = Map.copyOf(rules);
    }

    public Rule rule(RecordClass recordClass) {
        return rules.get(recordClass);
    }

    public static RetentionSchedule load() {
        try (InputStream in = ConfigFiles.open(FILE)) {
            return parse(in, ConfigFiles.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException notFound) {
            throw new InvalidRetentionException(notFound.getMessage());
        }
    }

    public static RetentionSchedule parse(InputStream yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new InvalidRetentionException(source + ": not YAML: " + e.getOriginalMessage() + " (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        JsonNode retention = root == null ? null : root.get("retention");
        if (retention == null || !retention.isObject()) {
            throw new InvalidRetentionException(source + ": retention is missing");
        }
        int batchSize = 0;
        JsonNode batch = retention.get("batch-size");
        if (batch == null || !batch.canConvertToInt() || batch.asInt() < 1 || batch.asInt() > 10_000) {
            errors.add("retention.batch-size must be a number from 1 to 10000");
        } else {
            batchSize = batch.asInt();
        }
        Map<RecordClass, Rule> rules = new EnumMap<>(RecordClass.class);
        JsonNode classes = retention.get("classes");
        if (classes == null || !classes.isObject()) {
            errors.add("retention.classes is missing");
        } else {
            for (Iterator<String> names = classes.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (RecordClass.byKey(name).isEmpty()) {
                    errors.add("retention.classes." + name + " is not a class of record (expected one of "
                            + String.join(", ", java.util.Arrays.stream(RecordClass.values()).map(RecordClass::key)
                                    .toList()) + ")");
                }
            }
            for (RecordClass recordClass : RecordClass.values()) {
                String at = "retention.classes." + recordClass.key();
                JsonNode entry = classes.get(recordClass.key());
                if (entry == null || !entry.isObject()) {
                    errors.add(at + " is missing");
                    continue;
                }
                Period keep = period(entry.get("keep"), at + ".keep", errors);
                Disposal then = disposal(entry.get("then"), recordClass, at + ".then", errors);
                if (keep != null && then != null) {
                    rules.put(recordClass, new Rule(recordClass, keep, then));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRetentionException(source + ": " + String.join("; ", errors));
        }
        return new RetentionSchedule(rules, batchSize);
    }

    private static Period period(JsonNode node, String at, List<String> errors) {
        if (node == null || !node.isTextual()) {
            errors.add(at + " is missing (an ISO-8601 period such as P30D or P6Y)");
            return null;
        }
        try {
            Period period = Period.parse(node.asText());
            if (period.isNegative() || period.isZero()) {
                errors.add(at + " must be longer than nothing: " + node.asText());
                return null;
            }
            return period;
        } catch (DateTimeParseException e) {
            errors.add(at + " is not an ISO-8601 period (such as P30D or P6Y): " + node.asText());
            return null;
        }
    }

    private static Disposal disposal(JsonNode node, RecordClass recordClass, String at, List<String> errors) {
        List<String> allowed = recordClass.allowed().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        if (node == null || !node.isTextual()) {
            errors.add(at + " is missing (" + String.join(" or ", allowed) + ")");
            return null;
        }
        try {
            Disposal disposal = Disposal.valueOf(node.asText().toUpperCase(Locale.ROOT));
            if (!recordClass.allowed().contains(disposal)) {
                errors.add(at + " may only be " + String.join(" or ", allowed) + ", not " + node.asText());
                return null;
            }
            return disposal;
        } catch (IllegalArgumentException e) {
            errors.add(at + " must be " + String.join(" or ", allowed) + ", not " + node.asText());
            return null;
        }
    }
}
