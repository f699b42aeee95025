package uk.org.hscp.notifier.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.org.hscp.notifier.cases.web.RecordableEvent.Question;
import uk.org.hscp.notifier.deadlines.CaseEventType;

/**
 * What a member of the HSCP team typed to record an event, as submitted, and its check: the date, the answers
 * to the event's further questions, and the error against each field that is wrong.
 */
record EventForm(String day, String month, String year, String decision, String methodologyLevel,
        String reviewerName, String reasons, String panelResponse) {

    record Choice(String value, String label) {
    }

    static final String LOCAL_REVIEW = "LOCAL_REVIEW";
    static final List<Choice> DECISIONS = List.of(
            new Choice(LOCAL_REVIEW, "Carry out a local child safeguarding practice review"),
            new Choice("NO_LOCAL_REVIEW", "Do not carry out a local child safeguarding practice review"));
    /** Appendix E, the methodologies menu. */
    static final List<Choice> METHODOLOGY_LEVELS = List.of(
            new Choice("1", "Level 1: single agency review or health review"),
            new Choice("2", "Level 2: table top workshop"),
            new Choice("3", "Level 3: partnership review"),
            new Choice("4", "Level 4: local learning review"),
            new Choice("5", "Level 5: serious child safeguarding case (national review)"));
    static final List<Choice> PANEL_RESPONSES = List.of(
            new Choice("NATIONAL_REVIEW", "The Panel will carry out a national review"),
            new Choice("NO_NATIONAL_REVIEW", "A national review is not appropriate"),
            new Choice("MORE_INFORMATION_REQUESTED", "The Panel asked for more information"));
    static final int MAX_NAME = 200;
    static final int MAX_REASONS = 2000;

    static EventForm empty() {
        return new EventForm(null, null, null, null, null, null, null, null);
    }

    /**
     * @param events  what to record, in order: the event itself, and for a decision to carry out a local review
     *                LCSPR_DECIDED and REVIEW_INITIATED (the six months of 9.16.1 count from the decision)
     * @param details the event's answers, as the events API stores them
     * @param errors  by field name, in the order of the page; empty when the entry can be recorded
     */
    record Entry(LocalDate date, List<CaseEventType> events, Map<String, String> details, Map<String, String> errors,
            Set<DateInput.Part> wrongDateParts) {

        boolean valid() {
            return errors.isEmpty();
        }

        /** Where the error summary's link for a field goes: the first radio, or the first wrong part of the date. */
        public String href(String field) {
            return "#" + (field.equals("date")
                    ? "date-" + wrongDateParts.stream().sorted().findFirst().orElse(DateInput.Part.DAY).name().toLowerCase(java.util.Locale.ROOT)
                    : field);
        }

        /** The error summary's entries: the id of the element each links to, then the message. */
        public Map<String, String> errorsByAnchor() {
            Map<String, String> byAnchor = new LinkedHashMap<>();
            errors.forEach((field, message) -> byAnchor.put(href(field).substring(1), message));
            return byAnchor;
        }

        public boolean dateWrong(String part) {
            return wrongDateParts.contains(DateInput.Part.valueOf(part));
        }
    }

    /**
     * @param earliest the first date the service can count from (the working-day calendar's cover)
     * @param latest   today for events that have happened, else the last date of the calendar's cover
     */
    Entry check(RecordableEvent event, LocalDate earliest, LocalDate latest) {
        Map<String, String> errors = new LinkedHashMap<>();
        DateInput.Checked date = new DateInput(day, month, year)
                .check(event.dateName(), earliest, latest, !event.mayBeInTheFuture());
        if (date.error() != null) {
            errors.put("date", date.error());
        }
        Map<String, String> details = new LinkedHashMap<>();
        List<CaseEventType> events = new ArrayList<>(List.of(event.type()));
        if (event.asks(Question.DECISION)) {
            choose(decision, DECISIONS, "decision", "Select whether a local review will be carried out", details, errors);
            if (LOCAL_REVIEW.equals(decision)) {
                events.add(CaseEventType.LCSPR_DECIDED);
                events.add(CaseEventType.REVIEW_INITIATED);
            }
        }
        if (event.asks(Question.METHODOLOGY_LEVEL)) {
            choose(methodologyLevel, METHODOLOGY_LEVELS, "methodologyLevel",
                    "Select the methodology level, from 1 to 5", details, errors);
        }
        if (event.asks(Question.REVIEWER_NAME)) {
            text(reviewerName, MAX_NAME, "reviewerName", "the reviewer's name", details, errors);
        }
        if (event.asks(Question.DELAY_REASONS)) {
            text(reasons, MAX_REASONS, "reasons", "the reasons for the delay", details, errors);
        }
        if (event.asks(Question.PANEL_RESPONSE)) {
            choose(panelResponse, PANEL_RESPONSES, "panelResponse", "Select what the National Panel said", details,
                    errors);
        }
        return new Entry(date.date().orElse(null), List.copyOf(events), details, errors, date.wrongParts());
    }

    private static void choose(String value, List<Choice> choices, String field, String error,
            Map<String, String> details, Map<String, String> errors) {
        if (choices.stream().anyMatch(c -> c.value().equals(value))) {
            details.put(field, value);
        } else {
            errors.put(field, error);
        }
    }

    private static void text(String value, int max, String field, String what, Map<String, String> details,
            Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Enter " + what);
        } else if (value.strip().length() > max) {
            errors.put(field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be " + max
                    + " characters or fewer");
        } else {
            details.put(field, value.strip());
        }
    }
}
