package uk.org.hscp.notifier.retention;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A class of record {@code config/retention.yml} names, what its clock counts from, and what may become of it. */
public enum RecordClass {

    QUARANTINED_UNKNOWN_SENDER("quarantined-unknown-sender", "Quarantined e-mails from unknown senders",
            "the quarantine decision", EnumSet.of(Disposal.DELETE, Disposal.TOMBSTONE), false),
    ACCEPTED_EMAIL_RAW("accepted-email-raw", "Raw bytes of accepted e-mails",
            "the case's end (e-mails without a case: their receipt)", EnumSet.of(Disposal.TOMBSTONE), true),
    FORM_DATA_AND_IDENTITY("form-data-and-identity", "Form data and the child's identity", "the case's end",
            EnumSet.of(Disposal.TOMBSTONE), true),
    DELIVERY_BODIES("delivery-bodies", "Bodies of e-mails sent", "the delivery's creation",
            EnumSet.of(Disposal.TOMBSTONE), true),
    AUDIT_ENTRIES("audit-entries", "Audit entries", "the entry", EnumSet.of(Disposal.DELETE), true);

    private final String key;
    private final String title;
    private final String countedFrom;
    private final Set<Disposal> allowed;
    private final boolean aboutCases;

    RecordClass(String key, String title, String countedFrom, Set<Disposal> allowed, boolean aboutCases) {
        this.key = key;
        this.title = title;
        this.countedFrom = countedFrom;
        this.allowed = allowed;
        this.aboutCases = aboutCases;
    }

    /** Its name in {@code config/retention.yml}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String countedFrom() {
        return countedFrom;
    }

    public Set<Disposal> allowed() {
        return allowed;
    }

    /** Whether its records belong to cases (and so a legal hold keeps them). */
    public boolean aboutCases() {
        return aboutCases;
    }

    public static Optional<RecordClass> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
