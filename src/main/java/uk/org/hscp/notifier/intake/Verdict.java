package uk.org.hscp.notifier.intake;

/** The outcome given to one e-mail, with the reason and a plain-words detail for staff. */
public record Verdict(IntakeOutcome outcome, QuarantineReason reason, String detail) {

    public static Verdict pending() {
        return new Verdict(IntakeOutcome.PENDING, null, null);
    }

    public static Verdict quarantined(QuarantineReason reason, String detail) {
        return new Verdict(IntakeOutcome.QUARANTINED, reason, detail);
    }

    public static Verdict duplicate(String detail) {
        return new Verdict(IntakeOutcome.DUPLICATE, null, detail);
    }
}
