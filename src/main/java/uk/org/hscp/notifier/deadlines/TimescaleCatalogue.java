package uk.org.hscp.notifier.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.org.hscp.notifier.notices.NoticeKind;
import uk.org.hscp.notifier.platform.ConfigFiles;

/**
 * The statutory timescales, read from config/timescales.yml and checked as a whole: a bad entry stops
 * start-up with one message naming every entry at fault.
 */
public final class TimescaleCatalogue {

    public static final String FILE = "timescales.yml";

    /** The roles a timescale may name; config/recipients.yml gives each its addresses. */
    public static final Set<String> ROLES = Set.of("HSCP_TEAM", "LIG_CHAIR", "BUSINESS_MANAGER", "INDEPENDENT_CHAIR",
            "LOCAL_AUTHORITY", "REFERRING_AGENCY", "LIG_MEMBER_AGENCIES", "NATIONAL_PANEL", "SAFEGUARDING_PARTNERS",
            "REVIEWER", "SECRETARY_OF_STATE", "OFSTED");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A notice the service sends when an event is recorded, and the event sending it then records. */
    public record EventNotice(CaseEventType on, NoticeKind send, Optional<CaseEventType> thenRecord) {
    }

    private final Map<String, Timescale> timescales;
    private final List<EventNotice> notices;

    private TimescaleCatalogue(Map<String, Timescale> timescales, List<EventNotice> notices) {
        this.timescales = timescales;
        this.notices = notices;
    }

    public static TimescaleCatalogue load() {
        try (InputStream in = ConfigFiles.open(FILE)) {
            return parse(in, ConfigFiles.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TimescaleCatalogue parse(InputStream yaml, String source) {
        CatalogueFile file;
        try {
            file = YAML.readValue(yaml, CatalogueFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException(source + ": " + e.getOriginalMessage() + " (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        Map<String, Timescale> byId = new LinkedHashMap<>();
        for (CatalogueFile.Entry entry : file.timescales() == null ? List.<CatalogueFile.Entry>of() : file.timescales()) {
            String name = entry.id() == null ? "(an entry without id)" : entry.id();
            List<String> problems = new ArrayList<>();
            Timescale timescale = entry.toTimescale(problems);
            problems.forEach(p -> errors.add("entry " + name + ": " + p));
            if (timescale != null && byId.put(timescale.id(), timescale) != null) {
                errors.add("entry " + name + ": the id is used twice");
            }
        }
        for (Timescale t : byId.values()) {
            if (t.due() instanceof DueRule.WithDeadline with && !byId.containsKey(with.timescaleId())) {
                errors.add("entry " + t.id() + ": due with unknown timescale " + with.timescaleId());
            }
        }
        List<EventNotice> notices = new ArrayList<>();
        for (CatalogueFile.Notification n : file.notifications() == null ? List.<CatalogueFile.Notification>of()
                : file.notifications()) {
            try {
                notices.add(new EventNotice(CaseEventType.valueOf(n.on()), NoticeKind.valueOf(n.send()),
                        Optional.ofNullable(n.thenRecord()).map(CaseEventType::valueOf)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("notification on " + n.on() + ": unknown event or notice kind (" + n.send() + ", "
                        + n.thenRecord() + ")");
            }
        }
        if (byId.isEmpty()) {
            errors.add("no timescale is defined");
        }
        if (!errors.isEmpty()) {
            throw new InvalidCatalogueException(source + ": " + String.join("; ", errors));
        }
        return new TimescaleCatalogue(Map.copyOf(byId), List.copyOf(notices));
    }

    public Optional<Timescale> find(String id) {
        return Optional.ofNullable(timescales.get(id));
    }

    /** Every timescale, in the order of the file. */
    public List<Timescale> all() {
        return timescales.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public List<EventNotice> noticesOn(CaseEventType event) {
        return notices.stream().filter(n -> n.on() == event).toList();
    }

    public List<Timescale> enabled() {
        return all().stream().filter(Timescale::enabled).toList();
    }

    public static final class InvalidCatalogueException extends IllegalStateException {

        public InvalidCatalogueException(String message) {
            super(message);
        }
    }
}
