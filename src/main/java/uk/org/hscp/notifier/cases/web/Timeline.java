package uk.org.hscp.notifier.cases.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.org.hscp.notifier.deadlines.CaseDeadlines;

/** A case's events in words, oldest first, each with its answers ("Methodology level: 4"). */
final class Timeline {

    record Entry(CaseDeadlines.Event event, String what, List<String> details) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Timeline() {
    }

    static List<Entry> of(List<CaseDeadlines.Event> events) {
        return events.stream().map(e -> new Entry(e, Wording.words(e.event()), details(e.detailsJson()))).toList();
    }

    private static List<String> details(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { }).entrySet().stream()
                    .map(d -> Wording.words(d.getKey()) + ": " + Wording.value(String.valueOf(d.getValue())))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case event's details are not JSON (" + e.getClass().getSimpleName() + ")");
        }
    }
}
