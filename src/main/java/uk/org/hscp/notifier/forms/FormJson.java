package uk.org.hscp.notifier.forms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The parse contract's JSON (see the sample forms' README): the keys of the ground-truth files, dates as
 * ISO {@code yyyy-MM-dd}, code sets as arrays, empty fields as {@code null}. {@link #fromJson} reads it back
 * and skips note keys starting with {@code _}. Exceptions name the problem, never the JSON's content.
 */
public final class FormJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addMixIn(Form.class, FormMixin.class)
            .addMixIn(ReferralForm.class, FormTypeFirst.class)
            .addMixIn(ReferralResponseForm.class, FormTypeFirst.class)
            .addMixIn(RapidReviewForm.class, FormTypeFirst.class)
            .addHandler(new SkipNoteKeys())
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private FormJson() {
    }

    /** The form as contract JSON, pretty-printed with two-space indents. */
    public static String toJson(Form form) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write form JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads contract JSON back into a form. */
    public static Form fromJson(String json) {
        try {
            return MAPPER.readValue(json, Form.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not form JSON: " + e.getOriginalMessage().replaceAll("\"[^\"]*\"", "…"));
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "formType")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ReferralForm.class, name = "LIG_REFERRAL"),
        @JsonSubTypes.Type(value = ReferralResponseForm.class, name = "LIG_REFERRAL_RESPONSE"),
        @JsonSubTypes.Type(value = RapidReviewForm.class, name = "RAPID_REVIEW")
    })
    private interface FormMixin {
    }

    @JsonPropertyOrder({"formType"})
    @JsonIgnoreProperties(value = "formType", allowGetters = true)
    private abstract static class FormTypeFirst {
        @JsonProperty("formType")
        abstract FormType formType();
    }

    /** Keys starting with "_" are notes in the ground-truth files, not data. */
    private static final class SkipNoteKeys extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            if (propertyName.startsWith("_")) {
                p.skipChildren();
                return true;
            }
            return false;
        }
    }
}
