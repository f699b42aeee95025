package uk.org.hscp.notifier.deliverylog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.org.hscp.notifier.deliverylog.DeliveryQuery;

/**
 * The delivery log page's filter form as typed (every field optional; dates yyyy-MM-dd, as a date input sends
 * them), with a plain-words error per field that cannot be used. Field names are the form's input ids.
 */
record DeliveryFilters(String caseReference, String status, String recipient, String role, String from, String to) {

    /** Field id to message, in the order the fields appear on the page; empty when every filter can be applied. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> wanted = present(status).map(s -> s.toUpperCase(Locale.ROOT));
        if (wanted.isPresent() && !DeliveryQuery.STATUSES.contains(wanted.get()) && !wanted.get().equals(DeliveryQuery.FAILED)) {
            errors.put("status", "Select a status from the list");
        }
        Optional<LocalDate> fromDate = date(from);
        Optional<LocalDate> toDate = date(to);
        if (present(from).isPresent() && fromDate.isEmpty()) {
            errors.put("from", "Enter the ‘from’ date as a real date, like 2026-11-23");
        }
        if (present(to).isPresent() && toDate.isEmpty()) {
            errors.put("to", "Enter the ‘to’ date as a real date, like 2026-11-23");
        }
        if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
            errors.put("to", "The ‘to’ date must be the same as or after the ‘from’ date");
        }
        return errors;
    }

    /** Only for filters without {@link #errors()}. */
    DeliveryQuery query(int size) {
        return new DeliveryQuery(present(caseReference), present(status), present(recipient), present(role),
                date(from), date(to), size);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return present(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
