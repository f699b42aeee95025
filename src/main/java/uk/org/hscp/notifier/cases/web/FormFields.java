package uk.org.hscp.notifier.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form's JSON (the parse contract's) as sections of labelled values for a GOV.UK summary list: the top-level
 * values first, then a section for each nested object and for each entry of a list of people. Note keys
 * ({@code _file}) and the form type (the page's heading) are left out.
 */
final class FormFields {

    record Section(String title, List<Field> fields) {
    }

    record Field(String label, String value) {
    }

    static final String NOT_GIVEN = "Not given";
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFields() {
    }

    static List<Section> sections(String formJson) {
        JsonNode form;
        try {
            form = JSON.readTree(formJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored form is not JSON (" + e.getClass().getSimpleName() + ")");
        }
        List<Field> general = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : iterable(form)) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.startsWith("_") || key.equals("formType")) {
                continue;
            }
            if (value.isObject()) {
                List<Field> fields = new ArrayList<>();
                addFields("", value, fields);
                sections.add(new Section(Wording.words(key), fields));
            } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                for (int i = 0; i < value.size(); i++) {
                    List<Field> fields = new ArrayList<>();
                    addFields("", value.get(i), fields);
                    sections.add(new Section(Wording.words(key) + " " + (i + 1), fields));
                }
            } else {
                general.add(new Field(Wording.words(key), shown(value)));
            }
        }
        if (!general.isEmpty()) {
            sections.add(0, new Section("Form", general));
        }
        return sections;
    }

    private static void addFields(String prefix, JsonNode object, List<Field> fields) {
        for (Map.Entry<String, JsonNode> entry : iterable(object)) {
            String label = prefix + Wording.words(entry.getKey());
            if (entry.getValue().isObject()) {
                addFields(label + ": ", entry.getValue(), fields);
            } else {
                fields.add(new Field(label, shown(entry.getValue())));
            }
        }
    }

    private static String shown(JsonNode value) {
        if (value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isBlank())) {
            return NOT_GIVEN;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "Yes" : "No";
        }
        if (value.isArray()) {
            List<String> items = StreamSupport.stream(value.spliterator(), false).map(FormFields::shown).toList();
            return items.isEmpty() ? "None" : String.join(", ", items);
        }
        if (value.isObject()) {
            return value.toString();
        }
        return date(value.asText());
    }

    private static String date(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text).format(SHOWN_DATE);
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return Wording.value(text);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
